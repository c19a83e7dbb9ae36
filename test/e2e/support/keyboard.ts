import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures.js';

/** True when the focused element shows a focus indicator (an outline or a ring). */
export async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!element || element === document.body) return false;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) > 0;
    const ring = style.boxShadow !== 'none' && style.boxShadow !== '';
    return outline || ring;
  });
}

/**
 * Presses Tab (or Shift+Tab with `backwards`) until `target` has the focus, checking on the
 * way that every focused element shows its focus; fails after `limit` presses.
 */
export async function tabTo(page: Page, target: Locator, { limit = 80, backwards = false } = {}): Promise<void> {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement;
      return element
        ? `${element.tagName.toLowerCase()}#${element.id} ${element.textContent?.trim().slice(0, 40)}`
        : '';
    });
    expect(await focusIsVisible(page), `a visible focus on ${focused}`).toBe(true);
    if (await target.evaluate((element) => element === document.activeElement)) return;
  }
  throw new Error(`${backwards ? 'Shift+Tab' : 'Tab'} never reached ${target}`);
}
