import { expect, test } from './support/fixtures.js';
import { tabTo } from './support/keyboard.js';

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

test('keyboard only: the filters of the project list work with Tab, arrows and Enter', async ({ freshPage: page }) => {
  await page.goto('/en/projects');
  await tabTo(page, page.locator('#filter-status'));
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await tabTo(page, page.locator('.filters button[type="submit"]'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/status=in_progress/);
  await expect(page.locator('#filter-status')).toHaveValue('in_progress');
});

test('the language switch leads to the same page in the other language, query kept', async ({ freshPage: page }) => {
  await page.goto('/projekty?status=completed');
  await tabTo(page, page.locator('.lang-switch a'));
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/en\/projects\?status=completed$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('#filter-status')).toHaveValue('completed');
  await page.locator('.lang-switch a').click();
  await expect(page).toHaveURL(/\/projekty\?status=completed$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'pl');
});
