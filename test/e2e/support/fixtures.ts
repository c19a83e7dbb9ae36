import { writeFileSync } from 'node:fs';
import { type BrowserContext, test as base, type Page } from '@playwright/test';
import { type SharedSession, sessionFile } from './e2e-data.js';

/** The pages a browser without JavaScript loaded in one test, written for the forms-used check. */
export const NAVIGATIONS_FILE = 'navigations-without-javascript.json';

/** One page load: a link followed, or a form sent (GET or POST). */
export interface RecordedNavigation {
  readonly method: string;
  readonly url: string;
}

export interface OpenPageOptions {
  /** Signed in with the run's shared session of this account; signed out when left out. */
  readonly as?: SharedSession;
  /** false: JavaScript switched off, as every editorial form must work that way. */
  readonly javaScript: boolean;
}

interface Fixtures {
  /**
   * A page of a new browser context made with `browser.newContext()`, which is what axe-core's
   * Playwright integration needs to inject its script into every frame.
   */
  freshPage: Page;
  /**
   * Opens a page in a browser context of its own (closed after the test). Every page load of a
   * context without JavaScript is recorded, so the run can tell which forms were used.
   */
  openPage: (options: OpenPageOptions) => Promise<Page>;
}

export const test = base.extend<Fixtures>({
  freshPage: async ({ browser, baseURL }, use) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await use(page);
    await context.close();
  },
  openPage: async ({ browser, baseURL }, use, testInfo) => {
    const contexts: BrowserContext[] = [];
    const navigations: RecordedNavigation[] = [];
    await use(async ({ as, javaScript }) => {
      const context = await browser.newContext({
        baseURL,
        javaScriptEnabled: javaScript,
        storageState: as ? sessionFile(as) : undefined,
      });
      contexts.push(context);
      if (!javaScript) {
        context.on('request', (request) => {
          if (request.isNavigationRequest()) navigations.push({ method: request.method(), url: request.url() });
        });
      }
      return context.newPage();
    });
    for (const context of contexts) await context.close();
    if (navigations.length > 0) writeFileSync(testInfo.outputPath(NAVIGATIONS_FILE), JSON.stringify(navigations));
  },
});

export { expect } from '@playwright/test';
