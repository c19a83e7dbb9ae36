import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';

/** The rule sets of WCAG 2.1 levels A and AA, which Polish public bodies must meet. */
export const WCAG_21_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe's best practices on top: landmarks, heading order, one main, one h1, all content in regions. */
export const BEST_PRACTICE_TAG = 'best-practice';

export interface AxeViolationSummary {
  readonly rule: string;
  readonly impact: string | null | undefined;
  readonly help: string;
  readonly targets: readonly string[];
}

export interface AxeFindings {
  /** Violations of WCAG 2.1 A and AA rules. */
  readonly wcag: readonly AxeViolationSummary[];
  /** Violations of axe's best-practice rules that are not WCAG rules. */
  readonly bestPractice: readonly AxeViolationSummary[];
}

/** Where each check writes its counts, for a report across all page types and languages. */
const SUMMARY_FOLDER = join('test-results', 'axe');

/**
 * Runs axe-core on the page as it is now and returns its violations in a form that reads
 * well in a failed assertion; the full report is attached to the test, and the counts are
 * written to test-results/axe/<name>.json.
 */
export async function axeFindings(page: Page, testInfo: TestInfo, name: string): Promise<AxeFindings> {
  const results = await new AxeBuilder({ page }).withTags([...WCAG_21_AA_TAGS, BEST_PRACTICE_TAG]).analyze();
  await testInfo.attach('axe-results.json', {
    body: JSON.stringify({ url: results.url, violations: results.violations, passes: results.passes.length }, null, 2),
    contentType: 'application/json',
  });
  const summary = (violation: (typeof results.violations)[number]): AxeViolationSummary => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
  });
  const isWcag = (tags: readonly string[]) => tags.some((tag) => WCAG_21_AA_TAGS.includes(tag));
  const findings = {
    wcag: results.violations.filter((violation) => isWcag(violation.tags)).map(summary),
    bestPractice: results.violations.filter((violation) => !isWcag(violation.tags)).map(summary),
  };
  mkdirSync(SUMMARY_FOLDER, { recursive: true });
  writeFileSync(
    join(SUMMARY_FOLDER, `${name}.json`),
    JSON.stringify({
      url: results.url,
      wcagViolations: findings.wcag.length,
      bestPracticeViolations: findings.bestPractice.length,
      rulesPassed: results.passes.length,
    }),
  );
  return findings;
}
