/**
 * Prakerja catalogue (www.prakerja.go.id): a client-rendered Next.js app, so course data arrives after
 * load (the live capture re-runs on DOM growth). Course pages show title, Lembaga Pelatihan, platform,
 * price (often a struck original and a discount), duration in JP, mode (Webinar, Luring with city,
 * address and schedule, SPL), rating "4,8" with a review count, Tujuan, Materi and Unit Kompetensi.
 * The selectors below are hints only; labels, price patterns and embedded JSON carry the capture.
 */
import { siteExtractor } from './declarative';

export const prakerjaExtractor = siteExtractor({
  name: 'prakerja',
  version: 1,
  detailPath: /^\/(?:pelatihan|katalog-pelatihan|katalog\/pelatihan|training)\/[^/]+\/?$/i,
  detail: {
    title: ['h1'],
    topics: ['#materi', '#tujuan', '#unit-kompetensi', '[data-section="materi"]'],
  },
  labels: {
    provider: ['nama lembaga', 'lembaga pelatihan kerja'],
    platform: ['digital platform', 'beli di', 'tersedia di platform', 'platform pembelian'],
    hours: ['durasi pelatihan', 'total durasi'],
    mode: ['jenis pelatihan', 'tipe'],
    topics: ['sesi', 'materi pelatihan', 'unit kompetensi'],
  },
  cards: { item: '[data-testid="training-card"], [data-testid="course-card"]' },
});

/*
 * URL patterns served (from the catalogue's public links; not verified against a saved page):
 * https://www.prakerja.go.id/katalog-pelatihan
 * https://www.prakerja.go.id/katalog-pelatihan?search=digital%20marketing
 * https://www.prakerja.go.id/pelatihan/<slug>
 * https://www.prakerja.go.id/katalog-pelatihan/<slug>
 */
