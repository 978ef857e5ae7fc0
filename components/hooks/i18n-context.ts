import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { DEFAULT_LANGUAGE, MESSAGES, type Messages } from '@/utils/i18n';
import type { Language } from '@/utils/model';

export const LanguageContext = createContext<Language>(DEFAULT_LANGUAGE);

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useMessages(): Messages {
  return MESSAGES[useContext(LanguageContext)];
}
