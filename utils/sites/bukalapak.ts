/**
 * Bukalapak's Kartu Prakerja pages.
 * No saved page of this site exists here: the path patterns and card selectors are hints from its
 * public links; labels, price patterns and structured data carry the capture when they miss.
 */
import { siteExtractor } from './declarative';

export const bukalapakExtractor = siteExtractor({
  name: 'bukalapak',
  version: 1,
  detailPath: /^\/kartu-prakerja\/(?:pelatihan|kelas|produk)\/[^/]+\/?$/i,
  detail: { title: ['h1'] },
  cards: { item: '[class*="product-card"], [data-testid="prakerja-product"]' },
});

/*
 * URL patterns served:
 * https://www.bukalapak.com/kartu-prakerja
 * https://www.bukalapak.com/kartu-prakerja/pelatihan/<slug>
 */
