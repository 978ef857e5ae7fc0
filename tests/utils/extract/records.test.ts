/**
 * Repeated records on small pages in markup nobody tuned for: cards that are one link, titles in any
 * element, providers in image overlays, cut titles, carousels, calls to action, hidden dialogs.
 */
import { describe, expect, it } from 'vitest';
import { listingOf } from '@/utils/extract/listing';
import type { PartialCourse } from '@/utils/extract/types';
import { parseHtml } from '../../capture-helpers';

const PAGE = 'https://kursus.example.id/katalog';
const read = (body: string, url = PAGE) => {
  const dropped: [string, string][] = [];
  const doc = parseHtml(
    `<!doctype html><html><head><title>Katalog | Kursus</title></head><body>${body}</body></html>`,
    url,
  );
  const { courses } = listingOf(doc, new URL(url), (reason, text) => dropped.push([reason, text]));
  return { courses, dropped };
};
const pick = (courses: PartialCourse[]) =>
  courses.map(({ title, price, listPrice, provider }) => ({
    title,
    price: price?.amount,
    listPrice: listPrice?.amount,
    provider,
  }));

describe('repeated records', () => {
  it('cards that are one link, the provider in an image overlay, a badge and a CTA beside', () => {
    const card = (slug: string, title: string, provider: string, price: string) =>
      `<div class="q1"><a href="/p/${slug}"><div class="z"><img src="/c.jpg" alt="${title}"><div class="o"><img src="/l.png" alt="${provider}"><span>${provider}</span><span>Terlaris</span></div></div><div class="b"><span class="t">${title}</span><div>${price}</div></div></a><button>Beli</button></div>`;
    const { courses } = read(
      `<h1>Katalog</h1><div class="g">${card('a', 'Excel untuk Admin Kantor', 'LPK Angka', '<s>Rp 400.000</s> Rp 200.000')}${card('b', 'Menjahit Busana Muslim', 'Yayasan Jahit', 'Gratis')}</div>`,
    );
    expect(pick(courses)).toEqual([
      { title: 'Excel untuk Admin Kantor', price: 200_000, listPrice: 400_000, provider: 'LPK Angka' },
      { title: 'Menjahit Busana Muslim', price: 0, listPrice: undefined, provider: 'Yayasan Jahit' },
    ]);
  });

  it('takes the full title when the shown one is cut', () => {
    const card = (slug: string, full: string) =>
      `<li><a href="/k/${slug}" title="${full}"><img src="/x.jpg"><p>${full.slice(0, 15)}…</p></a><b>Rp 150.000</b></li>`;
    const { courses } = read(
      `<ul>${card('a', 'Digital Marketing untuk UMKM Pemula')}${card('b', 'Fotografi Produk dengan Ponsel')}</ul>`,
    );
    expect(courses.map((course) => course.title)).toEqual([
      'Digital Marketing untuk UMKM Pemula',
      'Fotografi Produk dengan Ponsel',
    ]);
  });

  it('counts a carousel’s clones and a course on two shelves once', () => {
    const card = (slug: string, title: string) =>
      `<div><a href="/c/${slug}"><h4>${title}</h4></a><span>Rp 99.000</span></div>`;
    const shelf = (name: string, cards: string) =>
      `<section><div><h2>${name}</h2><a href="/katalog">Lihat Semua</a></div><div class="track">${cards}</div></section>`;
    const { courses } = read(
      shelf(
        'Diskon Besar',
        card('c', 'Kelas C') +
          card('a', 'Kelas A') +
          card('b', 'Kelas B') +
          card('c', 'Kelas C') +
          card('a', 'Kelas A'),
      ) + shelf('Serba 99 Ribu', card('b', 'Kelas B') + card('d', 'Kelas D')),
      'https://kursus.example.id/',
    );
    expect(courses.map((course) => course.title)).toEqual(['Kelas C', 'Kelas A', 'Kelas B', 'Kelas D']);
  });

  it('never takes a CTA, a section heading, a provider or a hidden placeholder for a course', () => {
    const card = (slug: string, title: string) =>
      `<article><small>LPK Sama</small><a href="/c/${slug}"><img src="/i.jpg" alt=""></a><div>${title}</div><span>Rp 250.000</span><a href="/c/${slug}">Lihat Detail</a></article>`;
    const { courses } = read(
      `<section><h2>Pelatihan Terpopuler</h2><div>${card('a', 'Public Speaking Percaya Diri')}${card('b', 'Akuntansi Dasar UMKM')}</div></section>
       <div aria-hidden="true" style="display:none"><article><h3>{{ course.title }}</h3><span>Rp {{ price }}</span><a href="/c/{{slug}}">Beli</a></article></div>`,
    );
    expect(pick(courses)).toEqual([
      { title: 'Public Speaking Percaya Diri', price: 250_000, listPrice: undefined, provider: 'LPK Sama' },
      { title: 'Akuntansi Dasar UMKM', price: 250_000, listPrice: undefined, provider: 'LPK Sama' },
    ]);
  });

  it('drops a record without a credible title and says why', () => {
    const { courses, dropped } = read(
      `<div><div><a href="/c/a">Beli</a><span>Rp 100.000</span></div><div><a href="/c/b">Beli</a><span>Rp 200.000</span></div></div>`,
    );
    expect(courses).toEqual([]);
    expect(dropped.map(([reason]) => reason)).toContain('call to action');
  });

  it('a grid in rows: a last row with one card is still part of the listing', () => {
    const card = (slug: string, title: string) =>
      `<div><a href="/c/${slug}"><h3>${title}</h3></a><p>Rp 50.000</p></div>`;
    const { courses } = read(
      `<div class="rows"><div class="row">${card('a', 'Kelas Satu')}${card('b', 'Kelas Dua')}</div><div class="row">${card('c', 'Kelas Tiga')}</div></div>`,
    );
    expect(courses.map((course) => course.title)).toEqual(['Kelas Satu', 'Kelas Dua', 'Kelas Tiga']);
  });

  it('a card whose only link is its button: its heading is the title, the section’s is not', () => {
    const card = (slug: string, title: string) =>
      `<li><img src="/i.jpg" alt=""><h5>${title}</h5><div><span>Rp</span><span>350.000</span></div><a href="/p/${slug}">Ikuti Kelas</a></li>`;
    const { courses } = read(
      `<section><div><h3>Kelas Gratis</h3><a href="/katalog/gratis">Lihat Semua</a></div><ul>${card('a', 'Akuntansi Lanjutan')}${card('b', 'Teknik Data Analysis')}</ul></section>`,
      'https://kursus.example.id/',
    );
    expect(pick(courses)).toEqual([
      { title: 'Akuntansi Lanjutan', price: 350_000, listPrice: undefined, provider: undefined },
      { title: 'Teknik Data Analysis', price: 350_000, listPrice: undefined, provider: undefined },
    ]);
  });

  it('a catalogue without prices reads when its cards are pictured and follow one URL template', () => {
    const card = (href: string, title: string) =>
      `<div><a href="${href}"><img src="/i.jpg" alt=""><h3>${title}</h3></a></div>`;
    const catalogue = read(
      `<div>${card('/kelas/excel', 'Excel Kantor')}${card('/kelas/jahit', 'Menjahit Dasar')}${card('/kelas/foto', 'Fotografi Produk')}</div>`,
    );
    expect(catalogue.courses.map((course) => course.title)).toEqual([
      'Excel Kantor',
      'Menjahit Dasar',
      'Fotografi Produk',
    ]);
    const menu = read(
      `<div>${card('/tentang-kami', 'Tentang Program')}${card('/artikel/tips', 'Tips Memilih Pelatihan')}${card('/kelas/foto', 'Fotografi Produk')}</div>`,
    );
    expect(menu.courses).toEqual([]);
  });

  it('a provider’s page or a catalogue filter linked from a card does not split the card', () => {
    const card = (slug: string, title: string) =>
      `<div><a href="/kelas/${slug}"><h3>${title}</h3></a><a href="/lembaga/lpk-maju">LPK Maju</a> <a href="/katalog?kategori=bisnis">Bisnis</a><p>Rp 120.000</p></div>`;
    const { courses } = read(`<div>${card('excel', 'Excel Kantor')}${card('jahit', 'Menjahit Dasar')}</div>`);
    expect(pick(courses)).toEqual([
      { title: 'Excel Kantor', price: 120_000, listPrice: undefined, provider: 'LPK Maju' },
      { title: 'Menjahit Dasar', price: 120_000, listPrice: undefined, provider: 'LPK Maju' },
    ]);
  });

  it('a course page’s single similar course is a course; a lone card elsewhere is not', () => {
    const section = (href: string) =>
      `<h1>Excel Kantor</h1><section><div><h4>Pelatihan Serupa</h4><a href="/kelas">Lihat Semua</a></div><div><div><img src="/i.jpg" alt=""><p>Menjahit Dasar</p><span>Rp 90.000</span><a href="${href}">Daftar</a></div></div></section>`;
    const similar = read(section('/kelas/menjahit-dasar'), 'https://kursus.example.id/kelas/excel-kantor');
    expect(pick(similar.courses)).toEqual([
      { title: 'Menjahit Dasar', price: 90_000, listPrice: undefined, provider: undefined },
    ]);
    const elsewhere = read(section('/promo/menjahit-dasar'), 'https://kursus.example.id/kelas/excel-kantor');
    expect(elsewhere.courses).toEqual([]);
  });
});
