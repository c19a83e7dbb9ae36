import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures.js';
import { tabTo } from './support/keyboard.js';

/** The search page's link past the facets: shown once focused, it moves the focus to the results. */
async function skipToResults(page: Page): Promise<void> {
  const skip = page.locator('.skip-to-results a');
  await tabTo(page, skip);
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('#results-heading')).toBeFocused();
}

for (const language of ['pl', 'en'] as const) {
  const home = language === 'pl' ? '/' : '/en/';
  const list = language === 'pl' ? '/projekty' : '/en/projects';

  test(`keyboard only (${language}): home → project list → a result → back to the list`, async ({
    freshPage: page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(home);

    // The first Tab lands on the skip link, which then shows on screen.
    await page.keyboard.press('Tab');
    const skip = page.locator('a.skip-link');
    await expect(skip).toBeFocused();
    const box = await skip.boundingBox();
    expect(box && box.y >= 0 && box.height > 0).toBe(true);

    await tabTo(page, page.locator('.site-nav a').first());
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${list}$`));

    const firstResult = page.locator('.card__title a').first();
    const title = (await firstResult.textContent())?.trim() ?? '';
    await skipToResults(page);
    await tabTo(page, firstResult);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${list}/[a-z0-9-]+$`));
    await expect(page.locator('h1')).toContainText(title);

    await tabTo(page, page.locator('.breadcrumbs a').nth(1));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${list}$`));
    await expect(page.locator('.card__title a').first()).toHaveText(title);
  });
}

for (const language of ['pl', 'en'] as const) {
  const home = language === 'pl' ? '/' : '/en/';
  const list = language === 'pl' ? '/projekty' : '/en/projects';

  test(`keyboard only (${language}): type in the search box → open a result → back to the same results`, async ({
    freshPage: page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(home);
    await tabTo(page, page.locator('#site-search-q'));
    await page.keyboard.type('rewital');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${list}\\?q=rewital$`));
    await expect(page.locator('#search-q')).toHaveValue('rewital');
    const results = page.locator('.card__title a');
    expect(await results.count()).toBeGreaterThan(1);
    const titles = await results.allTextContents();

    const second = results.nth(1);
    await skipToResults(page);
    await tabTo(page, second);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${list}/[a-z0-9-]+$`));
    await expect(page.locator('h1')).toContainText(titles[1]?.trim() ?? '');

    // The browser's own Back (Alt+← is the browser's, not the page's, so it is asked for here).
    await page.goBack();
    // The skip link's fragment stays in the address of the results page.
    await expect(page).toHaveURL(new RegExp(`${list}\\?q=rewital(#results-heading)?$`));
    await expect(page.locator('#search-q')).toHaveValue('rewital');
    expect(await page.locator('.card__title a').allTextContents()).toEqual(titles);
    await skipToResults(page);
    await tabTo(page, page.locator('.card__title a').first());
  });
}

test('keyboard only: a facet of the search page is chosen and taken away with Tab and Enter', async ({
  freshPage: page,
}) => {
  await page.goto('/en/projects');
  const inProgress = page.locator('section.facet a[href*="status=in_progress"]').first();
  await tabTo(page, inProgress, { limit: 200 });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/status=in_progress/);
  const chosen = page.locator('.active-filters a[href]').first();
  await expect(chosen).toContainText(/in progress/i);
  await tabTo(page, chosen);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/projects$/);
  await expect(page.locator('.active-filters')).toHaveCount(0);
});

test('the language switch leads to the same search in the other language, query kept', async ({ freshPage: page }) => {
  await page.goto('/projekty?q=park&status=completed');
  await tabTo(page, page.locator('.lang-switch a'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/projects\?q=park&status=completed$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#search-q')).toHaveValue('park');
  await expect(page.locator('.active-filters')).toContainText(/completed/i);
  await page.locator('.lang-switch a').click();
  await expect(page).toHaveURL(/\/projekty\?q=park&status=completed$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
  await expect(page.locator('.active-filters')).toContainText(/zakończony/i);
});
