/**
 * Pages built to hang a capture: what a hostile or broken page can hand the content script. The bench
 * times each in Chromium (longest main-thread task); tests run the smaller ones in Node for behaviour.
 */

const shell = (title: string, body: string) =>
  `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

/** `count` priced course cards in one grid. */
export function manyCards(count: number): string {
  const cards: string[] = [];
  for (let i = 0; i < count; i += 1) {
    cards.push(
      `<div><a href="/pelatihan/kelas-${i}"><h3>Pelatihan Nomor ${i} untuk Pekerja</h3></a><p>LPK Contoh ${i % 50}</p><span>Rp ${(100 + (i % 900)).toString()}.000</span></div>`,
    );
  }
  return shell('Katalog', `<main><h1>Katalog Pelatihan</h1><section>${cards.join('')}</section></main>`);
}

/** A price label followed by `spaces` spaces before its value. */
export function labelThenSpaces(spaces: number): string {
  return shell(
    'Pelatihan Excel | Prakerja',
    `<h1>Pelatihan Excel</h1><p>Harga: ${' '.repeat(spaces)}Rp 1.500.000</p><p>Durasi:${' '.repeat(spaces)}16 JP</p><ul><li><b>Lembaga:</b>${' '.repeat(spaces)}LPK Angka</li></ul>`,
  );
}

/** `depth` syllabus sections nested in each other, each with a heading and a session list. */
export function nestedSyllabus(depth: number): string {
  let html = '';
  for (let i = depth - 1; i >= 0; i -= 1) {
    html = `<section><h3>Materi</h3><ul><li>Sesi ${i}: Topik ${i}</li><li>Latihan ${i}</li></ul>${html}</section>`;
  }
  return shell(
    'Pelatihan Data | Prakerja',
    `<h1>Pelatihan Data</h1><dl><dt>Harga</dt><dd>Rp 750.000</dd><dt>Durasi</dt><dd>12 JP</dd></dl>${html}`,
  );
}

/** A title of `length` characters, as the document title and the page heading. */
export function hugeTitle(length: number): string {
  const title = 'Pelatihan '.repeat(Math.ceil(length / 10)).slice(0, length);
  return shell(
    `${title} | Prakerja`,
    `<h1>${title}</h1><dl><dt>Harga</dt><dd>Rp 750.000</dd><dt>Lembaga</dt><dd>LPK Panjang</dd></dl>`,
  );
}

/** `count` prices written in one element. */
export function pricesInOneDiv(count: number): string {
  return shell(
    'Harga',
    `<h1>Daftar Harga</h1><div>${Array.from({ length: count }, (_, i) => `Rp ${i + 1}.000 `).join('')}</div><a href="/kelas/a">Kelas A</a><a href="/kelas/b">Kelas B</a>`,
  );
}

export const HOSTILE_PAGES: { name: string; html: () => string }[] = [
  { name: '50,000 cards', html: () => manyCards(50_000) },
  { name: '100,000 spaces after a label', html: () => labelThenSpaces(100_000) },
  { name: '500 nested syllabus sections', html: () => nestedSyllabus(500) },
  { name: '100,000-character title', html: () => hugeTitle(100_000) },
  { name: '5,000 prices in one div', html: () => pricesInOneDiv(5_000) },
];
