/**
 * Parsing many rows of one object schema, fast: each row is parsed by the schema picked down to the
 * fields the row has (and those the schema requires), the picks kept by their field list. Zod runs
 * without its compiler in extension pages, where every field of the schema costs a call per row;
 * a catalogue row fills ten of a course's twenty-six fields. A row passes or fails exactly as with
 * the whole schema; its result lacks only the fields it had as `undefined`.
 */
import type { z } from 'zod';

type Shape = z.core.$ZodLooseShape;

export function leanParser<S extends z.ZodObject<Shape>>(schema: S) {
  const shape = schema.shape as Shape;
  const keys = Object.keys(shape);
  // fields that must be parsed even when absent: required ones, and defaults
  const always = keys.filter((key) => {
    const absent = (shape[key] as z.ZodType).safeParse(undefined);
    return !absent.success || absent.data !== undefined;
  });
  const picks = new Map<string, z.ZodType>();
  return (value: unknown): z.ZodSafeParseResult<z.output<S>> => {
    if (!value || typeof value !== 'object' || Array.isArray(value)) return schema.safeParse(value);
    const row = value as Record<string, unknown>;
    const present = new Set(always);
    for (const key in row) if (row[key] !== undefined && key in shape) present.add(key);
    // in the schema's order, so issues come in the order the whole schema gives them
    const fields = keys.filter((key) => present.has(key));
    const signature = fields.join(',');
    let pick = picks.get(signature);
    if (!pick) {
      pick = schema.pick(Object.fromEntries(fields.map((key) => [key, true])) as never);
      if (picks.size < 64) picks.set(signature, pick);
    }
    return pick.safeParse(row) as z.ZodSafeParseResult<z.output<S>>;
  };
}
