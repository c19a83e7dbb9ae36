import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { axeFindings } from './axe.js';
import { expect, test } from './fixtures.js';
import { LANGUAGES, type PageType, pathOf } from './pages.js';

/** Screenshots of every page type, kept for people to look at (test-results/ is not committed). */
const SCREENSHOTS = join('test-results', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

/** The page scrolls sideways by this many pixels (0 when everything reflows into the window). */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Defines one test per page type and language: axe-core finds no WCAG 2.1 A/AA violation
 * (nor any of its best-practice ones: landmarks, heading order, one main, one h1), the page
 * reflows at 320 px (WCAG 1.4.10), and screenshots at 1280 px and 375 px are saved.
 * One page load per test keeps the suite fast on a small machine.
 */
export function checkPageTypes(types: readonly PageType[]): void {
  for (const type of types) {
    for (const language of LANGUAGES) {
      test(`${type.name} (${language}): axe finds no WCAG 2.1 A/AA violations, reflows at 320 px, screenshots`, async ({
        openPage,
        request,
      }, testInfo) => {
        if (type.slow) test.slow();
        const page = await openPage({ as: type.session, javaScript: true });
        // Anything the browser complains about (a style or script the CSP blocks, a missing file) fails the
        // check; the console's note about the page's own status (404 pages) is left to the status check.
        const complaints: string[] = [];
        page.on('console', (message) => {
          if (message.type() === 'error' && !message.text().includes('the server responded with a status of')) {
            complaints.push(message.text());
          }
        });
        page.on('requestfailed', (failed) => complaints.push(`${failed.url()}: ${failed.failure()?.errorText}`));
        // The page's own status is checked below; every file it loads must be there.
        page.on('response', (answer) => {
          if (answer.request().resourceType() !== 'document' && answer.status() >= 400) {
            complaints.push(`${answer.url()}: HTTP ${answer.status()}`);
          }
        });
        await page.setViewportSize({ width: 1280, height: 900 });
        const response = await page.goto(await pathOf(type, language, request));
        expect(response?.status()).toBe(type.status ?? 200);
        await type.prepare?.(page, language);
        await expect(page.locator('html')).toHaveAttribute('lang', language);
        await expect(page.locator('h1')).toHaveCount(1);

        const findings = await axeFindings(page, testInfo, `${type.name}-${language}`);
        expect(findings.wcag, 'WCAG 2.1 A/AA violations').toEqual([]);
        expect(findings.bestPractice, 'axe best-practice violations (landmarks, headings…)').toEqual([]);
        const shot = (width: number) => join(SCREENSHOTS, `${type.name}-${language}-${width}.png`);
        await page.screenshot({ path: shot(1280), fullPage: true });

        await page.setViewportSize({ width: 375, height: 812 });
        await page.screenshot({ path: shot(375), fullPage: true });

        await page.setViewportSize({ width: 320, height: 640 });
        expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0);
        expect(complaints, 'errors in the browser console').toEqual([]);
      });
    }
  }
}
