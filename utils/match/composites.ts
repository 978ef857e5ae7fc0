/**
 * Phrase concepts made of other concepts ("social media marketing": social media, marketing): a text
 * that names the phrase also names its parts, and one that names the parts apart also names the phrase.
 */

/** Weight of a part of a phrase concept, and of a phrase concept assembled from its parts. */
export const PART_WEIGHT = 0.8;

interface CompositeIndex {
  table: ReadonlyMap<string, string[]>;
  entries: Array<[string, string[]]>;
  /** first part → the places in `entries` of the phrases it starts */
  byFirstPart: Map<string, number[]>;
  /** Some part is itself a composite phrase: one assembled in a pass could complete a later one. */
  nested: boolean;
}

let compositeIndex: CompositeIndex | undefined;

function indexComposites(table: ReadonlyMap<string, string[]>): CompositeIndex {
  if (compositeIndex?.table === table) return compositeIndex;
  const entries = [...table];
  const byFirstPart = new Map<string, number[]>();
  entries.forEach(([, parts], place) => {
    const first = parts[0]!;
    byFirstPart.set(first, [...(byFirstPart.get(first) ?? []), place]);
  });
  const nested = entries.some(([, parts]) => parts.some((part) => table.has(part)));
  compositeIndex = { table, entries, byFirstPart, nested };
  return compositeIndex;
}

/**
 * The composite phrases an analysis may assemble, in table order: only those whose first part it
 * names (every part must weigh 0.5 or more), instead of the whole table on every title.
 */
function compositesToTry(
  table: ReadonlyMap<string, string[]>,
  concepts: ReadonlyMap<string, number>,
): Array<[string, string[]]> {
  const index = indexComposites(table);
  if (index.nested) return index.entries;
  const places: number[] = [];
  for (const concept of concepts.keys()) {
    const found = index.byFirstPart.get(concept);
    if (found) places.push(...found);
  }
  return places.sort((a, b) => a - b).map((place) => index.entries[place]!);
}

/** Sets a concept's weight, unless it already weighs more. */
function raise(concepts: Map<string, number>, concept: string, weight: number): void {
  if ((concepts.get(concept) ?? 0) < weight) concepts.set(concept, weight);
}

/**
 * A phrase concept also names its parts; parts named apart also make the phrase ("Pemasar Media
 * Sosial" and "Social Media Marketing" meet on all three). Phrases are assembled only from concepts
 * the text names, not from parts of another phrase: "akuntansi keuangan perusahaan" is financial
 * accounting of a company, not corporate finance.
 */
export function assembleComposites(
  concepts: Map<string, number>,
  compositeParts: ReadonlyMap<string, string[]>,
): void {
  for (const [composite, parts] of compositesToTry(compositeParts, concepts)) {
    if (concepts.has(composite)) continue;
    let least = Number.POSITIVE_INFINITY;
    for (const part of parts) {
      const value = concepts.get(part) ?? 0;
      if (value < 0.5) {
        least = -1;
        break;
      }
      if (value < least) least = value;
    }
    if (least >= 0.5) raise(concepts, composite, least * PART_WEIGHT);
  }
  // (weights as they are before the pass: copy only the entries the pass acts on)
  const phrases: Array<[string[], number]> = [];
  concepts.forEach((value, concept) => {
    const parts = compositeParts.get(concept);
    if (parts) phrases.push([parts, value]);
  });
  for (const [parts, value] of phrases) for (const part of parts) raise(concepts, part, value * PART_WEIGHT);
}
