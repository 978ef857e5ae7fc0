/** Importing the setup module turns zod's eval-based parser compiler off, and parsing still works. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import '@/utils/zod-jitless';

describe('zod-jitless', () => {
  it('sets jitless, and objects still parse and reject', () => {
    expect(z.config().jitless).toBe(true);
    const schema = z.object({ title: z.string(), price: z.number().optional() });
    expect(schema.parse({ title: 'Excel', extra: 1 })).toEqual({ title: 'Excel' });
    expect(schema.safeParse({ title: 3 }).success).toBe(false);
  });
});
