/** A course page's own facts: its own fact list, its buy box, its provider chip; never a carousel's. */
import { describe, expect, it } from 'vitest';
import { labelExtractor } from '@/utils/extract/labels';
import { parseHtml } from '../../capture-helpers';

const URL_ = 'https://kursus.example.id/kelas/detail.html?id=7';
const page = (body: string, title = 'Kelas') => {
  const doc = parseHtml(
    `<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`,
    URL_,
  );
  return labelExtractor.extract(doc, new URL(URL_))[0];
};
const card = (id: number, title: string) =>
  `<div><a href="/kelas/detail.html?id=${id}"><h6>${title}</h6><p>Lembaga: LPK Lain ${id}</p><span>Rp ${id}0.000</span></a></div>`;

describe('detail page', () => {
  it('an empty fact stays empty: a label never borrows the next label’s value', () => {
    const course =
      page(`<h1>Salon Rumahan Menjadi Bisnis</h1><a href="/kelas?lp=x"><img src="/l.png" alt="Smart Work"><span>Smart Work</span></a>
      <div><div><i></i><div><h6>Instruktur</h6><p></p></div></div><div><i></i><div><h6>Durasi Pelatihan</h6><p> (Menit)</p></div></div>
      <div><i></i><div><h6>Metode Ajar</h6><span>Online - Webinar</span></div></div>
      <div><i></i><div><h6>Level</h6><p>Pemula</p></div></div></div>`);
    expect(course).toMatchObject({
      title: 'Salon Rumahan Menjadi Bisnis',
      provider: 'Smart Work',
      mode: 'webinar',
      level: 'Pemula',
    });
    expect(course?.hours).toBeUndefined();
  });

  it('reads the buy box before the title in the markup, not a related course’s price', () => {
    const course =
      page(`<div class="row"><div><div><del>Rp 800.000</del><div>Rp 400.000</div><button>Beli</button></div></div>
      <div><h1>Fotografi Produk</h1><dl><dt>Lembaga</dt><dd>LPK Foto</dd><dt>Durasi</dt><dd>10 JP</dd></dl></div></div>
      <section><h4>Pelatihan Serupa</h4><div>${card(1, 'Kelas Satu')}${card(2, 'Kelas Dua')}</div></section>`);
    expect(course).toMatchObject({
      title: 'Fotografi Produk',
      provider: 'LPK Foto',
      price: { amount: 400_000, currency: 'IDR' },
      listPrice: { amount: 800_000, currency: 'IDR' },
      hours: 10,
    });
  });

  it('never takes a hidden dialog’s heading for the course', () => {
    const course = page(`<div class="modal" aria-hidden="true"><h1>{{ title }}</h1></div><h1>Excel Kantor</h1>
      <ul><li><b>Biaya:</b> <del>Rp 300.000</del> Rp 150.000</li><li><b>Penyelenggara:</b> LPK Angka</li></ul>`);
    expect(course).toMatchObject({
      title: 'Excel Kantor',
      provider: 'LPK Angka',
      price: { amount: 150_000, currency: 'IDR' },
      listPrice: { amount: 300_000, currency: 'IDR' },
    });
  });

  it('completes a cut heading from the document title', () => {
    const course = page(
      '<h1>Strategi Jitu Membuka Usaha Salon…</h1><dl><dt>Harga</dt><dd>Rp 1</dd><dt>Lembaga</dt><dd>LPK X</dd></dl>',
      'Strategi Jitu Membuka Usaha Salon dengan Modal Minim | Skills Week',
    );
    expect(course?.title).toBe('Strategi Jitu Membuka Usaha Salon dengan Modal Minim');
  });
});
