/** The generic layers one by one, on small pages written for the case each handles. */
import { describe, expect, it } from 'vitest';
import { appStateExtractor } from '@/utils/extract/app-state';
import { labelExtractor } from '@/utils/extract/labels';
import { listingExtractor } from '@/utils/extract/listing';
import { microdataExtractor } from '@/utils/extract/microdata';
import { udemyExtractor } from '@/utils/sites/udemy';
import { parseHtml } from '../../capture-helpers';
import { hasSharedData, readShared } from '../../shared-data';

const page = (body: string, url = 'https://kursus.example.id/kelas/a') => ({
  doc: parseHtml(`<!doctype html><html><head></head><body>${body}</body></html>`, url),
  url: new URL(url),
});

describe('microdata', () => {
  it('reads a Course with an Offer and an AggregateRating', () => {
    const { doc, url } = page(`<div itemscope itemtype="https://schema.org/Course">
      <h1 itemprop="name">Akuntansi Dasar</h1><a itemprop="url" href="/kelas/akuntansi">x</a>
      <div itemprop="provider" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">LPK Angka</span></div>
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer"><meta itemprop="price" content="450000"><meta itemprop="priceCurrency" content="IDR"></div>
      <div itemprop="aggregateRating" itemscope itemtype="https://schema.org/AggregateRating"><span itemprop="ratingValue">4.6</span><span itemprop="ratingCount">1.234</span></div>
      <meta itemprop="timeRequired" content="PT15H"></div>`);
    expect(microdataExtractor.extract(doc, url)).toEqual([
      expect.objectContaining({
        title: 'Akuntansi Dasar',
        url: 'https://kursus.example.id/kelas/akuntansi',
        provider: 'LPK Angka',
        price: { amount: 450_000, currency: 'IDR' },
        rating: 4.6,
        ratingCount: 1234,
        hours: 15,
      }),
    ]);
  });

  it('takes ItemList entries but not breadcrumbs', () => {
    const { doc, url } =
      page(`<ol itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="url" href="/k"><span itemprop="name">Kategori</span></a></li></ol>
      <ol itemscope itemtype="https://schema.org/ItemList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="url" href="/kelas/x"><span itemprop="name">Kelas X</span></a></li></ol>`);
    expect(microdataExtractor.extract(doc, url).map((course) => course.title)).toEqual(['Kelas X']);
  });
});

describe('app state', () => {
  it('finds course-shaped objects in embedded JSON and ignores the rest', () => {
    const state = {
      user: { name: 'Budi', saldo: 3_500_000 },
      list: [
        { title: 'Kelas A', url: '/kelas/a', price: 100_000, duration: '15 JP' },
        { title: 'Kelas B', slug: 'b', price: 200_000, rating: 4.5 }, // no link, not the page's title
        { title: 'Menu', url: '/menu' },
      ],
    };
    const { doc, url } = page(
      `<h1>Katalog</h1><script>window.__INITIAL_STATE__ = ${JSON.stringify(state)};</script>`,
      'https://kursus.example.id/katalog',
    );
    expect(appStateExtractor.extract(doc, url)).toEqual([
      expect.objectContaining({
        title: 'Kelas A',
        url: 'https://kursus.example.id/kelas/a',
        price: { amount: 100_000, currency: 'IDR' },
        hours: 15,
      }),
    ]);
  });
});

describe('listing heuristic', () => {
  it('needs at least two priced cards, and never takes a balance for a course', () => {
    const one = page(
      '<div><a href="/kelas/a"><h3>Kelas Satu</h3></a><span>Rp 100.000</span></div><div>Saldo Rp3.500.000 <a href="/saldo">Lihat saldo kamu</a></div>',
      'https://kursus.example.id/katalog',
    );
    expect(listingExtractor.extract(one.doc, one.url)).toEqual([]);
    const two = page(
      `<div>Saldo Rp3.500.000 <a href="/saldo">Lihat saldo kamu</a></div>
      <div><a href="/kelas/a"><h3>Kelas Satu</h3></a><span>Rp 100.000</span></div>
      <div><a href="/kelas/b"><h3>Kelas Dua</h3></a><span>Gratis</span></div>`,
      'https://kursus.example.id/katalog',
    );
    expect(listingExtractor.extract(two.doc, two.url)).toEqual([
      expect.objectContaining({ title: 'Kelas Satu', price: { amount: 100_000, currency: 'IDR' } }),
      expect.objectContaining({ title: 'Kelas Dua', price: { amount: 0, currency: 'IDR' }, free: true }),
    ]);
  });
});

describe('listing heuristic: "Free" among other facts in one text', () => {
  it('reads "Free · Beginner" as a price, but not "Free" in a title or a sales line', () => {
    const { doc, url } = page(
      `<p>Free shipping on books</p>
      <div><a href="/learn/a"><h3>Free Python Course for Everyone</h3></a><span>Free · Beginner · 3 hours</span></div>
      <div><a href="/learn/b"><h3>Excel Basics</h3></a><span>Beginner | Free</span></div>
      <div><a href="/learn/c"><h3>SQL Basics</h3></a><span>$19.99 · Intermediate</span></div>`,
      'https://learn.example.com/browse',
    );
    const courses = listingExtractor.extract(doc, url);
    expect(courses.map((course) => [course.title, course.price?.amount, course.free])).toEqual([
      ['Free Python Course for Everyone', 0, true],
      ['Excel Basics', 0, true],
      ['SQL Basics', 19.99, undefined],
    ]);
    expect(courses[0]).toMatchObject({ hours: 3 });
    const titlesOnly = page(
      `<div><a href="/learn/a"><h3>Free Python Course</h3></a><span>Try it for free today</span></div>
      <div><a href="/learn/b"><h3>Free Excel Course</h3></a><span>Start free trial</span></div>`,
      'https://learn.example.com/browse',
    );
    expect(listingExtractor.extract(titlesOnly.doc, titlesOnly.url)).toEqual([]);
  });
});

describe('label heuristic', () => {
  it('does not take a listing with filter facets for a course page', () => {
    const { doc, url } =
      page(`<h1>Python Courses</h1><form><fieldset><legend>Ratings</legend><label><input type="radio">4.5 & up</label></fieldset>
      <div><span>Level</span><label><input type="checkbox"> Beginner</label></div><div><span>Duration</span><label><input type="checkbox"> 0-1 Hour</label></div></form>`);
    expect(labelExtractor.extract(doc, url)).toEqual([]);
  });

  it('reads English labels', () => {
    const { doc, url } = page(`<h1>Data Analysis with Python</h1>
      <ul><li><strong>Price:</strong> US$ 49</li><li><strong>Duration:</strong> 4 weeks, 3 hours/week</li><li><strong>Format:</strong> Self-paced</li>
      <li><strong>Instructor:</strong> Dr. Ana</li></ul><h2>What you'll learn</h2><ul><li>Pandas</li><li>Plots</li></ul>`);
    expect(labelExtractor.extract(doc, url)[0]).toMatchObject({
      title: 'Data Analysis with Python',
      price: { amount: 49, currency: 'USD' },
      hours: 12,
      mode: 'self-paced',
      provider: 'Dr. Ana',
      topics: ['Pandas', 'Plots'],
    });
  });
});

describe.skipIf(!hasSharedData('pages-udemy-detail'))('Udemy price once the sidebar renders it', () => {
  it('reads the price the page renders from its price endpoint', () => {
    const url = new URL('https://www.udemy.com/course/b2b-copywriting/');
    const doc = parseHtml(readShared('pages-udemy-detail', 'udemy-course-details.html'), url.href);
    // The same price component as on Udemy's listings, as the sidebar renders it after the XHR.
    doc.querySelector('[data-purpose="sidebar-container"]')!.insertAdjacentHTML(
      'afterbegin',
      `<div data-purpose="price-text-container"><div data-purpose="course-price-text"><span class="ud-sr-only">Current price</span><span><span>$12.99</span></span></div>
       <div data-purpose="original-price-container"><div data-purpose="course-old-price-text"><span class="ud-sr-only">Original Price</span><span><s><span>$84.99</span></s></span></div></div></div>`,
    );
    expect(udemyExtractor.extract(doc, url)[0]).toMatchObject({
      price: { amount: 12.99, currency: 'USD' },
      listPrice: { amount: 84.99, currency: 'USD' },
    });
  });
});

describe('Prakerja-style markup never seen before', () => {
  it('a listing whose prices split the symbol from the amount', () => {
    const cards = [1, 2, 3]
      .map(
        (i) =>
          `<div class="q${i}"><a href="/kelas/k${i}"><div>Kelas Nomor ${i} Untuk Semua</div></a><div><span>Rp</span><span>${i}50.000</span></div><div>${i + 14} JP</div></div>`,
      )
      .join('');
    const { doc, url } = page(`<main>${cards}</main>`, 'https://kursus.example.id/katalog');
    const courses = listingExtractor.extract(doc, url);
    expect(courses).toHaveLength(3);
    expect(courses[2]).toMatchObject({
      title: 'Kelas Nomor 3 Untuk Semua',
      price: { amount: 350_000, currency: 'IDR' },
      hours: 17,
    });
  });

  it('a course page without an h1, its facts in icon rows', () => {
    const row = (label: string, value: string) =>
      `<div class="r"><svg></svg><div><p>${label}</p><p>${value}</p></div></div>`;
    const { doc, url } = page(
      `<div class="hero"><div class="big">Public Speaking untuk Karier</div></div>${row('Penyedia Pelatihan', 'LPK Suara')}${row('Durasi', '15 JP')}${row('Moda', 'Luring')}${row('Lokasi', 'Kota Surabaya')}
       <div><span>Rp</span><span>900.000</span></div>`,
    );
    doc.title = 'Public Speaking untuk Karier | Prakerja';
    expect(labelExtractor.extract(doc, url)[0]).toMatchObject({
      title: 'Public Speaking untuk Karier',
      provider: 'LPK Suara',
      hours: 15,
      mode: 'offline',
      city: 'Kota Surabaya',
      price: { amount: 900_000, currency: 'IDR' },
    });
  });
});

describe('label heuristic on a listing', () => {
  it('takes the same labels on every card for a listing, not a course page', () => {
    const cards = [1, 2, 3]
      .map(
        (i) =>
          `<div><a href="/kelas/k${i}"><h3>Kelas ${i}</h3></a><p>Lembaga: LPK ${i} · Durasi: 15 JP</p><p>Rp ${i}00.000</p></div>`,
      )
      .join('');
    const { doc, url } = page(`<h1>Katalog</h1>${cards}`, 'https://kursus.example.id/katalog');
    expect(labelExtractor.extract(doc, url)).toEqual([]);
    expect(listingExtractor.extract(doc, url)).toHaveLength(3);
  });
});
