/**
 * Imported first by every entry point, before any schema is built: zod compiles object parsers with
 * the Function constructor unless told not to. Extension pages forbid eval (even zod's probe logs a
 * CSP violation), and Mozilla's add-on linter rejects it. The build strips the constructor too
 * (scripts/lib/linter-safe-deps.ts); this keeps zod from reaching for it.
 */
import { z } from 'zod';

z.config({ jitless: true });
