/**
 * Class Central listings (providers, subjects, universities): one `li[itemprop=itemListElement]` per
 * course. The English title is also kept in a `data-lookup-course-<id>` attribute, which survives a
 * page run through a translator (the saved pages have some titles machine-translated into Hindi).
 */
import { pickAll, safeJson, textOf } from '../extract/dom';
import { absoluteUrl, cleanText } from '../extract/text';
import type { Extractor, PartialCourse } from '../extract/types';
import { LIMITS } from '../limits';
import { parseDuration } from '../parse/duration';
import { parseMode } from '../parse/mode';
import { parseCount } from '../parse/number';
import { isFreeText } from '../parse/price';

function lookupTitle(card: Element): string | undefined {
  for (const attribute of card.getAttributeNames()) {
    if (!attribute.startsWith('data-lookup-course-')) continue;
    const data = safeJson(card.getAttribute(attribute));
    if (data && typeof data === 'object' && 'name' in data)
      return cleanText((data as { name: unknown }).name, LIMITS.title);
  }
  return undefined;
}

/** Stars drawn as icons: a full star is 1, a half star 0.5. */
function starRating(card: Element): number | undefined {
  const stars = card.querySelector('[class*="cmpt-rating"]');
  if (!stars) return undefined;
  const full = stars.querySelectorAll('.icon-star').length;
  const half = stars.querySelectorAll('.icon-star-half').length;
  return full + half > 0 ? full + half / 2 : undefined;
}

/** The click-tracking metadata names the institution and provider in English, even on a translated page. */
function trackedNames(card: Element): { institution?: string; provider?: string } {
  for (const element of pickAll(card, '[data-track-props]', 10)) {
    const data = safeJson(element.getAttribute('data-track-props')) as
      | { clickMetadata?: Record<string, unknown> }
      | undefined;
    const meta = data?.clickMetadata;
    if (meta && typeof meta === 'object') {
      return {
        institution: cleanText(meta.institution, LIMITS.shortText),
        provider: cleanText(meta.provider, LIMITS.shortText),
      };
    }
  }
  return {};
}

function readCard(card: Element, url: URL): PartialCourse | undefined {
  const link = card.querySelector('a[itemprop="url"], a.course-name');
  const href = absoluteUrl(link?.getAttribute('href'), url);
  const title = lookupTitle(card) ?? textOf(card.querySelector('[itemprop="name"]'), LIMITS.title);
  if (!href || !title) return undefined;
  const course: PartialCourse = { title, url: href };
  const institutions = pickAll(card, 'a[href*="/university/"], a[href*="/institution/"]', 5)
    .map(
      (element) => textOf(element, 100) ?? cleanText(element.querySelector('img')?.getAttribute('alt'), 100),
    )
    .filter((name): name is string => !!name);
  const tracked = trackedNames(card);
  course.provider =
    tracked.institution ??
    (institutions.length ? institutions.join('; ').slice(0, LIMITS.shortText) : undefined);
  course.platform =
    tracked.provider ?? textOf(card.querySelector('[aria-label="Provider"]'), LIMITS.shortText);
  course.rating = starRating(card);
  const reviews = textOf(card.querySelector('[class*="cmpt-rating"] ~ span'));
  if (reviews) course.ratingCount = parseCount(reviews);
  course.hours = parseDuration(textOf(card.querySelector('[aria-label="Workload and duration"]')) ?? '');
  const start = textOf(card.querySelector('[aria-label="Start date"]')) ?? '';
  course.mode = parseMode(start) ?? 'online';
  const pricing = textOf(card.querySelector('[aria-label="Pricing"]')) ?? '';
  if (isFreeText(pricing)) course.free = true;
  course.description = textOf(card.querySelector('p a, p'), LIMITS.description);
  return course;
}

export const classCentralExtractor: Extractor = {
  name: 'classcentral',
  version: 1,
  extract(doc, url) {
    return pickAll(doc, 'li[itemprop="itemListElement"], li.course-list-course', LIMITS.coursesPerPage)
      .map((card) => readCard(card, url))
      .filter((course): course is PartialCourse => course !== undefined);
  },
};

/*
 * URL patterns served:
 * https://www.classcentral.com/provider/coursera
 * https://www.classcentral.com/provider/edx
 * https://www.classcentral.com/subject/cs
 * https://www.classcentral.com/university/<slug>
 */
