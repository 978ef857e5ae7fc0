import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium. One file at a time: the machine has 2 cores.
export default defineConfig({
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Tests wait for state, never for time. One generous limit for every poll (harness.ts waitFor uses
    // the same): a 2-core machine under other load can take many seconds to settle a capture or a
    // render, and a limit is only there to end a test that would never pass.
    expect: { poll: { timeout: 45_000, interval: 100 } },
  },
});
