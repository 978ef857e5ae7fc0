/** Catalogue tables read by their header words, in any column order, skipping category and total rows. */
import { describe, expect, it } from 'vitest';
import { readTables } from '@/utils/extract/tables';
import { parseHtml } from '../../capture-helpers';

const PAGE = 'https://kursus.example.id/daftar';
const read = (table: string) =>
  readTables(
    parseHtml(`<!doctype html><html><body><h1>Daftar</h1>${table}</body></html>`, PAGE),
    new URL(PAGE),
    500,
  );

describe('catalogue tables', () => {
  it('reads rows by header words, skipping a category row and the total', () => {
    const courses =
      read(`<table><thead><tr><th>Harga</th><th>Nama Pelatihan</th><th>Lembaga</th><th>Metode</th><th>Durasi</th></tr></thead><tbody>
      <tr><td colspan="5">Kategori: Bisnis</td></tr>
      <tr><td>Rp 1.500.000</td><td><a href="/kelas/excel">Excel untuk Admin</a></td><td>LPK Angka</td><td>Webinar</td><td>16 JP</td></tr>
      <tr><td>Gratis</td><td>Menjahit Dasar</td><td>Yayasan Jahit</td><td>Luring</td><td>-</td></tr>
      <tr><td>Rp 1.500.000</td><td>Total</td><td></td><td></td><td></td></tr></tbody></table>`);
    expect(courses).toEqual([
      expect.objectContaining({
        title: 'Excel untuk Admin',
        url: 'https://kursus.example.id/kelas/excel',
        provider: 'LPK Angka',
        price: { amount: 1_500_000, currency: 'IDR' },
        mode: 'webinar',
        hours: 16,
      }),
      expect.objectContaining({
        title: 'Menjahit Dasar',
        url: PAGE,
        key: '/daftar#menjahit-dasar',
        price: { amount: 0, currency: 'IDR' },
        mode: 'offline',
      }),
    ]);
  });

  it('reads English headers in a header row without <th>', () => {
    const courses = read(`<table><tr><td>Course</td><td>Institution</td><td>Price</td></tr>
      <tr><td><a href="/c/sql">SQL Basics</a></td><td>Example University</td><td>Rp 250.000</td></tr></table>`);
    expect(courses).toEqual([
      expect.objectContaining({
        title: 'SQL Basics',
        provider: 'Example University',
        price: { amount: 250_000, currency: 'IDR' },
      }),
    ]);
  });

  it('leaves a fact table (label, value) to the label layer', () => {
    expect(
      read(
        '<table><tr><th>Lembaga Pelatihan</th><td>LPK Angka</td></tr><tr><th>Harga</th><td>Rp 1</td></tr></table>',
      ),
    ).toEqual([]);
  });
});
