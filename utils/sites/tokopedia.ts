/**
 * Tokopedia's Kartu Prakerja pages: a listing of trainings and one page per training.
 * No saved page of this site exists here: the path patterns and card selectors are hints from its
 * public links; labels, price patterns and structured data carry the capture when they miss.
 */
import { siteExtractor } from './declarative';

export const tokopediaExtractor = siteExtractor({
  name: 'tokopedia',
  version: 1,
  detailPath: /^\/kartu-prakerja\/(?:pelatihan|produk|p|detail)\/[^/]+\/?$/i,
  detail: { title: ['h1'] },
  cards: {
    item: '[data-testid="divProductWrapper"], [data-testid="lstPrakerjaCourse"] > *, [data-testid="prakerja-card"]',
  },
});

/*
 * URL patterns served:
 * https://www.tokopedia.com/kartu-prakerja
 * https://www.tokopedia.com/kartu-prakerja/pelatihan?q=excel
 * https://www.tokopedia.com/kartu-prakerja/pelatihan/<slug>
 */
