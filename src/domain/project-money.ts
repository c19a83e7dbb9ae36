import { type FundingSource, GRANT_SOURCES } from './codes.js';
import { type Money, money } from './money.js';
import type { ProjectFacts } from './project.js';

type MoneyFacts = Pick<ProjectFacts, 'totalValue' | 'eligibleExpenditure' | 'cofinancing' | 'funding' | 'currency'>;

/**
 * The co-financing rate in percent: co-financing over eligible expenditure, or over the
 * total value when eligible expenditure is not known. Derived, never stored.
 * @example cofinancingRate({ totalValue: 33 500 zł, cofinancing: 28 475 zł, … }) // 85
 */
export function cofinancingRate(project: MoneyFacts): number | null {
  const base = project.eligibleExpenditure ?? project.totalValue;
  if (!project.cofinancing || !base || base.amount === 0) return null;
  return (project.cofinancing.amount / base.amount) * 100;
}

/** Own contribution: what the grant does not cover (total value − co-financing). */
export function ownContribution(project: MoneyFacts): Money | null {
  if (!project.totalValue || !project.cofinancing) return null;
  return money(project.totalValue.amount - project.cofinancing.amount, project.currency);
}

/** The sum of the funding lines from the given sources, or null when none is given. */
export function sumOfSources(project: MoneyFacts, sources: readonly FundingSource[]): Money | null {
  const lines = project.funding.filter((line) => sources.includes(line.source));
  if (lines.length === 0) return null;
  return money(
    lines.reduce((sum, line) => sum + line.amount.amount, 0),
    project.currency,
  );
}

export function fundingFrom(project: MoneyFacts, source: FundingSource): Money | null {
  return sumOfSources(project, [source]);
}

/** The grant part of the breakdown (EU + state budget), as opposed to contributions. */
export function grantFromBreakdown(project: MoneyFacts): Money | null {
  return sumOfSources(project, GRANT_SOURCES);
}
