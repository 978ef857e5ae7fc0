import { defineConfig } from 'vitest/config';

// End-to-end: the built extension in real Chromium. One file at a time: the machine has 2 cores.
export default defineConfig({
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A loaded 2-core machine can take seconds to settle a capture; polls wait up to 15 s.
    expect: { poll: { timeout: 15_000, interval: 100 } },
  },
});
