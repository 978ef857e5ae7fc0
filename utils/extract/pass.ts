/**
 * One capture pass reads the page once: what several extractors need (the page's records) is worked
 * out once per pass and shared. Outside a pass nothing is remembered, so a changed page is read anew.
 */
let pass: { doc: Document; values: Map<string, unknown> } | undefined;

/** Start a pass over `doc`; whatever pass was open ends. */
export function openPass(doc: Document): void {
  pass = { doc, values: new Map() };
}

export function closePass(): void {
  pass = undefined;
}

/** The value for `key` in the open pass over `doc`, computed on first use; uncached outside a pass. */
export function perPass<T>(doc: Document, key: string, compute: () => T): T {
  if (!pass || pass.doc !== doc) return compute();
  if (pass.values.has(key)) return pass.values.get(key) as T;
  const value = compute();
  pass.values.set(key, value);
  return value;
}

/** The value stored for `key` in the open pass over `doc`, if any. */
export function fromPass<T>(doc: Document, key: string): T | undefined {
  return pass && pass.doc === doc ? (pass.values.get(key) as T | undefined) : undefined;
}

/** Keep `value` for the rest of the open pass over `doc` (nothing happens outside a pass). */
export function toPass(doc: Document, key: string, value: unknown): void {
  if (pass && pass.doc === doc) pass.values.set(key, value);
}
