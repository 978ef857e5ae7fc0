import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type DictEntry, invert, parseEntry, readDictionary, render } from '../../scripts/build-lexicon';
import { buildRows, isAmbiguous, readWordList, spellingKey } from '../../scripts/build-names';

describe('build-lexicon', () => {
  it('reads a dictd entry: head line, translation lines and numbered senses', () => {
    const entry = parseEntry(
      'bank //bæŋk// <n>\n1. bank 2.\ninstitution\n 3.\nbranch office\n2. gosong, tepian (sungai)\nan underwater area\n',
    );
    expect(entry).toEqual({ headword: 'bank', pos: 'n', translations: ['bank', 'gosong', 'tepian'] });
    expect(parseEntry('no head line here')).toBeUndefined();
  });

  it('inverts to Indonesian → English, earliest-listed sense first, leaving out English words', () => {
    const entries: DictEntry[] = [
      { headword: 'tissue', pos: 'n', translations: ['jaringan'] },
      { headword: 'network', pos: 'n', translations: ['jaringan', 'net'] },
      { headword: 'net', pos: 'n', translations: ['jala'] },
      { headword: 'machine', pos: 'n', translations: ['mesin'] },
      { headword: 'ation', pos: 'suffix', translations: ['asi'] },
    ];
    const { map, english } = invert(entries);
    // both list it first: the shorter headword first
    expect(map.get('jaringan')).toEqual(['tissue', 'network']);
    expect(map.get('mesin')).toEqual(['machine']);
    // "net" is an English headword: it matches literally, no entry needed; suffixes are left out
    expect(map.has('net')).toBe(false);
    expect(map.has('asi')).toBe(false);
    expect(english.has('machine')).toBe(true);
    const text = render(map);
    expect(text).toContain('CC BY-SA 3.0');
    expect(text).toContain('jaringan=tissue,network');
  });

  it('fails with an install hint when the dictionary package is missing', () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-dict-'));
    expect(() => readDictionary(empty)).toThrow(/apt-get install -y dict-freedict-eng-ind/);
    expect(() => readWordList(join(empty, 'words'))).toThrow(/apt-get install -y wamerican/);
  });
});

describe('build-names', () => {
  const ordinary = new Set(['go', 'shell', 'notion', 'track', 'fast']);

  it('marks ordinary words and very short spellings as ambiguous', () => {
    expect(isAmbiguous('go', ordinary)).toBe(true);
    expect(isAmbiguous('r', ordinary)).toBe(true);
    expect(isAmbiguous('svelte', new Set())).toBe(false);
    expect(isAmbiguous('fast track', ordinary)).toBe(true);
    expect(spellingKey('Node.js')).toBe('nodejs');
  });

  it('keeps ambiguous language spellings behind a context word and drops ambiguous brands', () => {
    const rows = buildRows(
      [
        { name: 'Shell', family: 'language', spellings: ['Shell', 'bash'] },
        { name: 'Notion', family: 'brand', spellings: ['Notion'] },
        { name: 'Apache Airflow', family: 'brand', spellings: ['Apache Airflow'] },
        { name: 'Toggl Track', family: 'brand', spellings: ['Toggl Track'] },
      ],
      ordinary,
    );
    const byName = new Map(rows.map((row) => [row.name, row]));
    expect(byName.get('shell')?.spellings).toEqual(['?shell', 'bash']);
    expect(byName.has('notion')).toBe(false);
    // a vendor's product is also known by its own word, when that word is not ordinary
    expect(byName.get('apache airflow')?.spellings).toEqual(['apache airflow', 'airflow']);
    expect(byName.get('toggl track')?.spellings).toEqual(['toggl track']);
  });

  it('adds spellings to a curated row instead of making a second name', () => {
    const rows = buildRows([{ name: 'Go', family: 'language', spellings: ['Go', 'golang'] }], ordinary);
    // golang is a curated spelling already; bare "go" joins the curated row, marked ambiguous
    expect(rows).toEqual([{ name: 'go', family: '', spellings: ['?go'] }]);
  });
});
