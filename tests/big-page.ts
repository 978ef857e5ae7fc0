/**
 * A hand-made search page bigger than one capture message: 600 result cards and a JSON-LD list of
 * 900 other courses, 1,500 in all (the case that once stored nothing).
 */
export const BIG_PAGE_URL = 'https://www.udemy.com/courses/search/?q=data';
export const BIG_PAGE_COURSES = 1500;

export function bigPage(): string {
  const items = Array.from({ length: 900 }, (_, i) => ({
    '@type': 'ListItem',
    position: i + 1,
    item: { '@type': 'Course', name: `Data Course ${i}`, url: `https://www.udemy.com/course/ld-${i}/` },
  }));
  const cards = Array.from(
    { length: 600 },
    (_, i) =>
      `<li><div class="tile"><a class="tile-link" href="/course/card-${i}/"><h2>Card Course ${i}</h2></a><p class="cost"><span>$${10 + (i % 50)}.99</span></p></div></li>`,
  ).join('');
  const list = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    itemListElement: items,
  });
  return `<!doctype html><html lang="en"><head><title>Search</title><script type="application/ld+json">${list}</script></head><body><main><h1>Results</h1><ul class="results">${cards}</ul></main></body></html>`;
}
