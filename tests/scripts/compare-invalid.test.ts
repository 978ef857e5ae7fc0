/** The research CLI on bad input: the dashboard's price limit, strict UTF-8, and --skip-invalid. */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PRICE } from '../../utils/limits';
import { Money } from '../../utils/model';
import { runCompare } from './run-compare';

function files(fromRows: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'compare-invalid-'));
  const from = join(dir, 'prakerja.csv');
  writeFileSync(from, ['id,title,price', ...fromRows].join('\n'));
  const to = join(dir, 'udemy_courses.csv');
  writeFileSync(to, 'course_id,course_title,price\n1,Excel for Beginners,20\n2,Photoshop Basics,25\n');
  return { dir, from, to };
}

const jsonl = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; matches: unknown[] });

describe('compare CLI on bad rows', () => {
  it("refuses a price the dashboard refuses, naming the row (the dashboard's own limit)", async () => {
    expect(Money.safeParse({ amount: 1e19, currency: 'IDR' }).success).toBe(false);
    const { from, to } = files(['a,Excel Dasar,Rp 100.000', 'b,Photoshop,10000000000000000000']);
    const result = await runCompare(['--from', from, '--to', to]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `row 1: price 10000000000000000000 IDR is above the limit of ${MAX_PRICE}`,
    );
    expect(result.stderr).toContain('--skip-invalid');
    expect(result.stdout).toBe('');
  });

  it('with --skip-invalid leaves out each bad row, reports it, and keeps the output contract', async () => {
    const rows = Array.from({ length: 30 }, (_, i) => `k${i},Excel Dasar ${i},Rp 100.000`);
    rows[12] = 'blank,,Rp 5';
    rows[20] = 'huge,Photoshop,10000000000000000000';
    const { from, to } = files(rows);
    const plain = files(rows.filter((_, i) => i !== 12 && i !== 20));
    const skipped = await runCompare(['--from', from, '--to', to, '--skip-invalid']);
    expect(skipped.code).toBe(0);
    const lines = jsonl(skipped.stdout);
    expect(lines).toHaveLength(28);
    expect(lines.map((line) => line.id)).not.toContain('prakerja:blank');
    // stderr: each skipped row as it is met, then the summary
    expect(skipped.stderr).toMatch(/compare: skipped .*prakerja\.csv: row 12: no title \(line 14\)\n/);
    expect(skipped.stderr).toMatch(/compare: skipped .*prakerja\.csv: row 20: price .* above the limit/);
    expect(skipped.stderr).toMatch(
      /compare: skipped 2 invalid rows: .*prakerja\.csv row 12: no title \(line 14\); .*prakerja\.csv row 20: price/,
    );
    // the same lines, keys and columns as a run over a file without those rows
    const clean = await runCompare(['--from', plain.from, '--to', plain.to]);
    expect(lines.map((line) => Object.keys(line))).toEqual(
      jsonl(clean.stdout).map((line) => Object.keys(line)),
    );
    const csvOut = join(plain.dir, 'out.csv');
    expect((await runCompare(['--from', from, '--to', to, '--skip-invalid', '--out', csvOut])).code).toBe(0);
    expect(readFileSync(csvOut, 'utf8').split('\r\n')[0]).toBe(
      (await runCompare(['--from', plain.from, '--to', plain.to, '--format', 'csv'])).stdout.split('\r\n')[0],
    );
  });

  it('refuses a file that is not UTF-8, naming the byte offset', async () => {
    const { from, to } = files(['a,Excel Dasar,Rp 100.000']);
    // "Pelatihan Café" in Latin-1: é is the single byte 0xE9
    const latin1 = Buffer.concat([
      Buffer.from('id,title\nx,Pelatihan Caf'),
      Buffer.from([0xe9]),
      Buffer.from('\n'),
    ]);
    writeFileSync(to, latin1);
    for (const extra of [[], ['--skip-invalid']]) {
      const result = await runCompare(['--from', from, '--to', to, ...extra]);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `udemy_courses.csv: is not valid UTF-8 (first bad byte at offset ${latin1.indexOf(0xe9)})`,
      );
    }
  });
});
