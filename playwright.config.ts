import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

/**
 * The end-to-end suite: the real portal on a fresh temporary SQLite database with the demo
 * content, driven by Debian's chromium (never a browser Playwright downloads itself).
 *
 * Projects: `public` checks the public pages; `sessions` signs in the shared accounts, then
 * `editorial` checks the editorial area (files named admin-*.spec.ts) and `forms-used` that
 * every editorial form was sent by a browser without JavaScript.
 *
 * The config is read again in every worker process; the port is chosen once, in the first
 * read, and handed on through the environment so that all of them talk to the same server.
 */
function freePort(): string {
  const script =
    "const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}

process.env.SPOJNIA_E2E_PORT ??= freePort();
const port = process.env.SPOJNIA_E2E_PORT;
const baseURL = `http://127.0.0.1:${port}`;

/** The editorial area's tests are the files named admin-*.spec.ts. */
const EDITORIAL = /admin-[^/]*\.spec\.ts$/;

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL,
    browserName: 'chromium',
    headless: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  projects: [
    // Public pages need no account, so they start at once.
    { name: 'public', testMatch: /\.spec\.ts$/, testIgnore: EDITORIAL },
    // Signs in the shared accounts once, so that editorial tests need not sign in each time.
    { name: 'sessions', testMatch: /\.setup\.ts$/ },
    { name: 'editorial', testMatch: EDITORIAL, dependencies: ['sessions'] },
    // After every editorial test: fails when an editorial form was not used without JavaScript.
    { name: 'forms-used', testMatch: /\.check\.ts$/, dependencies: ['editorial'] },
  ],
  webServer: {
    command: 'node --import tsx test/e2e/support/server.ts',
    url: `${baseURL}/`,
    env: { PORT: port, HOST: '127.0.0.1', LOG_LEVEL: 'warn' },
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
