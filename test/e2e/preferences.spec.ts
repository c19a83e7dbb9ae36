import { expect, test } from './support/fixtures.js';
import { LANGUAGES, PUBLIC_PAGE_TYPES, pathOf } from './support/pages.js';

test('nothing moves for people who ask for reduced motion', async ({ freshPage: page }) => {
  const motion = () =>
    page.evaluate(() => ({
      scroll: getComputedStyle(document.documentElement).scrollBehavior,
      transition: getComputedStyle(document.querySelector('.site-nav a') as Element).transitionDuration,
    }));

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await page.goto('/en/projects/urb-inclusion');
  expect(await motion()).not.toEqual({ scroll: 'auto', transition: '0s' });

  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.reload();
  expect(await motion()).toEqual({ scroll: 'auto', transition: '0s' });
});

for (const language of LANGUAGES) {
  test(`text enlarged to 200 % (${language}): no page type scrolls sideways`, async ({ freshPage: page, request }) => {
    // A laptop-sized window with text at twice its size (WCAG 1.4.4), on top of the 320 px reflow checks.
    await page.setViewportSize({ width: 800, height: 900 });
    const overflowing: string[] = [];
    for (const type of PUBLIC_PAGE_TYPES) {
      await page.goto(await pathOf(type, language, request));
      // Through the CSSOM, which the content security policy allows (a <style> tag it would block).
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) overflowing.push(`${type.name}: ${overflow}px`);
    }
    expect(overflowing).toEqual([]);
  });
}
