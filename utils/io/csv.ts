/**
 * CSV in and out, shared by the research CLI and the dashboard's exports.
 * Output neutralises formula injection: a text cell that starts with = + - @ tab or CR gets a leading
 * apostrophe, so a spreadsheet shows it as text. Numbers stay numbers. Files start with a UTF-8 BOM so
 * spreadsheet programs read the rupiah sign and Indonesian text correctly.
 */
import Papa from 'papaparse';

export type Cell = string | number | boolean | null | undefined;

export const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseCell(value: Cell): string | number | boolean {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? value : '';
  if (typeof value === 'boolean') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** CSV text for the rows, columns in the given order, with a header and (by default) a BOM. */
export function toCsv(
  rows: readonly Record<string, Cell>[],
  columns: readonly string[],
  options: { bom?: boolean } = {},
): string {
  const data = rows.map((row) => columns.map((column) => neutraliseCell(row[column])));
  const body = Papa.unparse({ fields: [...columns], data }, { newline: '\r\n' });
  return `${options.bom === false ? '' : BOM}${body}\r\n`;
}

export interface ParsedCsv {
  header: string[];
  /** Data rows with their 1-based line number in the file (the header is line 1). */
  rows: Array<{ line: number; values: string[] }>;
}

/** Parses CSV text with a header row. Throws with the line number on malformed quoting. */
export function parseCsv(text: string): ParsedCsv {
  const clean = text.startsWith(BOM) ? text.slice(1) : text;
  const result = Papa.parse<string[]>(clean, { skipEmptyLines: false });
  const fatal = result.errors.find((error) => error.type === 'Quotes' || error.code === 'MissingQuotes');
  if (fatal) throw new Error(`CSV row ${(fatal.row ?? 0) + 1}: ${fatal.message}`);
  const [header = [], ...rest] = result.data;
  const rows: ParsedCsv['rows'] = [];
  // papaparse does not report line numbers; count the newlines inside quoted cells ourselves
  let line = 1 + countNewlines(header);
  for (const values of rest) {
    line += 1;
    const start = line;
    line += countNewlines(values);
    rows.push({ line: start, values });
  }
  return { header, rows };
}

/** Newlines in the cells; by indexOf, as a loop over characters makes a string of each. */
function countNewlines(values: readonly string[]): number {
  let count = 0;
  for (const value of values)
    for (let at = value.indexOf('\n'); at >= 0; at = value.indexOf('\n', at + 1)) count++;
  return count;
}
