import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts', 'test/**/*.test.tsx'],
    exclude: ['test/e2e/**', 'node_modules/**', 'dist/**'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // On PostgreSQL (SPOJNIA_TEST_DATABASE=postgres) it checks the server and cleans up schemas.
    globalSetup: ['test/helpers/global-setup.ts'],
  },
});
