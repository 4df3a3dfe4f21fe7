import { defineConfig } from 'vitest/config';

// End-to-end tests: real headless Chromium with the built extension. One browser at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    globalSetup: ['tests/temp-guard.ts'],
  },
});
