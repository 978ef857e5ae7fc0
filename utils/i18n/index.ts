/**
 * UI strings, Indonesian first. The manifest's own strings live in public/_locales; these follow
 * the language the user picks in Bandingin (Indonesian unless they choose English). One file per
 * language; the badge's few strings live apart (badge.ts) so the content script stays small.
 */
import type { Language } from '../model';
import { en } from './en';
import { id, type Messages } from './id';

export type { Messages };
export const MESSAGES: Record<Language, Messages> = { id, en };
export const DEFAULT_LANGUAGE: Language = 'id';
