/**
 * The plain-text summary a participant passes on to their cohort's group chat: the course and its
 * price, then up to three equivalents with site, price, difference and a clean link. Pure: it reads
 * no storage and sends nothing; the user decides whether it leaves the device.
 */
import { canonicalUrl } from '../course-keys';
import { MESSAGES } from '../i18n';
import { formatDifference, formatMoney } from '../i18n/format';
import type { Match } from '../match/compare';
import type { Course, Language, Settings } from '../model';
import { siteName } from '../sites/lookup';
import { priceDifference, priceInIdr } from './facts';

export type ShareCourse = Pick<Course, 'title' | 'site' | 'side' | 'url' | 'price' | 'free'>;

export interface ShareInput {
  course: ShareCourse;
  /** The comparison as ranked on screen; only the equivalents (and the user's "same") are shared. */
  matches: readonly (Pick<Match, 'verdict' | 'pinned'> & { record: ShareCourse })[];
  rates: Settings['rates'];
  language: Language;
}

export const SHARED_EQUIVALENTS = 3;
/** Long titles are cut: chat apps fold long messages, and the link carries the rest. */
export const SHARED_TITLE_LENGTH = 90;

const shortTitle = (title: string) => {
  const clean = title.replace(/\s+/g, ' ').trim();
  return clean.length > SHARED_TITLE_LENGTH ? `${clean.slice(0, SHARED_TITLE_LENGTH - 1).trimEnd()}…` : clean;
};

/** The link without tracking, referral or coupon parameters; nothing for a non-web link. */
export function cleanLink(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const clean = canonicalUrl(url);
    return clean.protocol === 'https:' || clean.protocol === 'http:' ? clean.href : undefined;
  } catch {
    return undefined;
  }
}

export function shareText({ course, matches, rates, language }: ShareInput): string {
  const t = MESSAGES[language];
  const s = t.shareText;
  const price = (record: ShareCourse) => {
    const idr = priceInIdr(record, rates)?.idr;
    if (idr === undefined) return s.unknownPrice;
    return idr === 0 || record.free ? t.free : formatMoney({ amount: idr, currency: 'IDR' }, language);
  };
  const mine = priceInIdr(course, rates)?.idr;
  const lines = [
    `${s.heading}`,
    `${shortTitle(course.title)} (${siteName(course.site)})`,
    `${s.price}: ${price(course)}`,
    cleanLink(course.url),
    '',
  ];
  const equivalents = matches.filter((match) => match.pinned || match.verdict === 'equivalent');
  if (equivalents.length === 0) lines.push(s.none);
  else {
    lines.push(course.side === 'prakerja' ? s.equivalentsHeading : s.prakerjaHeading);
    equivalents.slice(0, SHARED_EQUIVALENTS).forEach(({ record }, index) => {
      const difference = priceDifference(mine, priceInIdr(record, rates)?.idr);
      const facts = [siteName(record.site), price(record)];
      if (difference && difference.amount !== 0)
        facts.push(formatDifference(difference.amount, difference.percent));
      lines.push(`${index + 1}. ${shortTitle(record.title)}`, `   ${facts.join(' · ')}`);
      const link = cleanLink(record.url);
      if (link) lines.push(`   ${link}`);
    });
    if (equivalents.length > SHARED_EQUIVALENTS) lines.push(s.more(equivalents.length - SHARED_EQUIVALENTS));
  }
  return lines.filter((line) => line !== undefined).join('\n');
}
