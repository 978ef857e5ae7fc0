/**
 * Where a course's badge goes. On the course's own page: after its title heading. On a listing:
 * after the heading (or link) of the card that links to the course. Pure DOM, no site class names.
 */
const canonical = (href: string, base: string): string | undefined => {
  try {
    const url = new URL(href, base);
    return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}`.toLowerCase();
  } catch {
    return undefined;
  }
};

const HEADING = 'h1, h2, h3, h4, h5, [role="heading"]';

export function findBadgeAnchor(
  doc: Document,
  courseUrl: string | undefined,
  title: string,
  pageUrl: string,
): Element | undefined {
  const target = courseUrl ? canonical(courseUrl, pageUrl) : undefined;
  const samePage = !target || target === canonical(pageUrl, pageUrl);
  if (samePage) {
    const headings = [...doc.querySelectorAll('h1')];
    return headings.find((heading) => heading.textContent?.trim() === title) ?? headings[0];
  }
  for (const link of doc.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    if (canonical(link.getAttribute('href') ?? '', pageUrl) !== target) continue;
    const heading = link.closest(HEADING) ?? link.querySelector(HEADING);
    return heading ?? link;
  }
  return undefined;
}
