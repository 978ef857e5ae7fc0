/**
 * The cold start: when the library holds no alternative for a course, offer searches on the
 * alternative sites, with the title turned into English concept keywords by the matcher and into
 * its Indonesian subject words. The result pages are listings the capture already reads.
 */
import { analyse } from '../match/concepts';
import { words } from '../match/normalise';
import { FRAMING_MARKERS, isFiller, isStopword } from '../match/stopwords';

export interface SearchLink {
  site: string;
  label: string;
  query: string;
  url: string;
}

const SEARCHES: { site: string; label: string; url: (query: string) => string; language: 'en' | 'id' }[] = [
  {
    site: 'udemy',
    label: 'Udemy',
    language: 'en',
    url: (q) => `https://www.udemy.com/courses/search/?q=${q}`,
  },
  {
    site: 'coursera',
    label: 'Coursera',
    language: 'en',
    url: (q) => `https://www.coursera.org/search?query=${q}`,
  },
  { site: 'edx', label: 'edX', language: 'en', url: (q) => `https://www.edx.org/search?q=${q}` },
  {
    site: 'dicoding',
    label: 'Dicoding',
    language: 'id',
    url: (q) => `https://www.dicoding.com/academies/list?search=${q}`,
  },
  {
    site: 'skillacademy',
    label: 'Skill Academy',
    language: 'id',
    url: (q) => `https://skillacademy.com/search?keyword=${q}`,
  },
  {
    site: 'youtube',
    label: 'YouTube',
    language: 'id',
    url: (q) => `https://www.youtube.com/results?search_query=${q}`,
  },
];

/** The subject words of an Indonesian title: before "untuk/bagi/sebagai", without filler. */
export function indonesianKeywords(title: string, max = 5): string[] {
  const all = words(title);
  const framing = all.findIndex((word) => FRAMING_MARKERS.has(word));
  const subject = framing > 0 ? all.slice(0, framing) : all;
  return [...new Set(subject.filter((word) => !isStopword(word) && !isFiller(word)))].slice(0, max);
}

/** The strongest concepts of the title, in English (tool names kept whole). */
export function englishKeywords(title: string, max = 4): string[] {
  const analysis = analyse(title, { framing: true });
  const ranked = [...analysis.concepts.entries()]
    .filter(([, weight]) => weight >= 0.5)
    .sort((a, b) => b[1] - a[1])
    .map(([concept]) => concept);
  // "graphic design" already says "design": drop single words that a chosen phrase contains
  const chosen: string[] = [];
  for (const concept of ranked) {
    if (chosen.some((phrase) => phrase.split(' ').includes(concept))) continue;
    chosen.push(concept);
    if (chosen.length === max) break;
  }
  return chosen;
}

export function searchLinks(title: string): SearchLink[] {
  const english = englishKeywords(title).join(' ');
  const indonesian = indonesianKeywords(title).join(' ');
  return SEARCHES.flatMap((search) => {
    const query = search.language === 'en' ? english || indonesian : indonesian || english;
    if (!query) return [];
    return [{ site: search.site, label: search.label, query, url: search.url(encodeURIComponent(query)) }];
  });
}
