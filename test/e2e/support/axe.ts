import { AxeBuilder } from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';

/** The rule sets of WCAG 2.1 levels A and AA, which Polish public bodies must meet. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface AxeViolationSummary {
  readonly rule: string;
  readonly impact: string | null | undefined;
  readonly help: string;
  readonly targets: readonly string[];
}

/**
 * Runs axe-core on the page as it is now and returns its WCAG 2.1 A/AA violations in a
 * form that reads well in a failed assertion; the full report is attached to the test.
 */
export async function wcagViolations(page: Page, testInfo: TestInfo): Promise<AxeViolationSummary[]> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_21_AA_TAGS).analyze();
  await testInfo.attach('axe-results.json', {
    body: JSON.stringify({ url: results.url, violations: results.violations, passes: results.passes.length }, null, 2),
    contentType: 'application/json',
  });
  return results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  }));
}
