import { test as base, type Page } from '@playwright/test';

/**
 * `freshPage`: a page of a new browser context made with `browser.newContext()`, which is
 * what axe-core's Playwright integration needs to inject its script into every frame.
 */
export const test = base.extend<{ freshPage: Page }>({
  freshPage: async ({ browser, baseURL }, use) => {
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await use(page);
    await context.close();
  },
});

export { expect } from '@playwright/test';
