import type { Fund, OrganisationKind, ProjectCategory } from '../../../domain/codes.js';
import { type Currency, type Money, money } from '../../../domain/money.js';
import type { FundingLine } from '../../../domain/project.js';
import type { Random } from './random.js';

export interface ProjectMoney {
  readonly totalValue: Money;
  readonly eligibleExpenditure: Money;
  readonly cofinancing: Money;
  readonly funding: readonly FundingLine[];
}

export interface AmountSpec {
  readonly medianValue: number;
  readonly valueSpread: number;
  readonly valueFactor: number;
  readonly currency: Currency;
  readonly category: ProjectCategory;
  readonly funds: readonly Fund[];
  readonly beneficiaryKind: OrganisationKind;
  readonly crossBorder: boolean;
}

/** Rough złoty per euro, only to keep euro projects in a believable range. */
const PLN_PER_EUR = 4.3;
const MIN_VALUE_PLN = 30_000;
const MAX_VALUE_PLN = 950_000_000;

/**
 * Co-financing rates in percent (repeats weight the draw) and the EU's share of eligible
 * cost; whatever the grant holds beyond the EU share comes from the state budget.
 */
interface FinanceProfile {
  readonly rates: readonly number[];
  readonly euRates: readonly number[];
}

const FINANCE_PROFILES = {
  /** ESF: 85 % EU, often topped up from the state budget for NGOs and public bodies. */
  social: { rates: [85, 85, 85, 90, 95, 95], euRates: [85] },
  /** ERDF/CF for municipalities: mostly 85 % EU, own contribution the rest. */
  public: { rates: [85, 85, 85, 85, 80, 75, 70, 60], euRates: [85, 85, 80] },
  /** State aid to firms: lower rates, usually paid from EU funds alone. */
  enterprise: { rates: [50, 55, 60, 65, 70, 80], euRates: [85] },
  research: { rates: [85, 90, 95, 95], euRates: [85] },
  /** Interreg: 80 % EU, Polish partners may get 5 % more from the state budget. */
  crossBorder: { rates: [80, 85], euRates: [80] },
} satisfies Record<string, FinanceProfile>;

const SOCIAL_FUNDS: readonly Fund[] = ['ESF', 'ESF+', 'YEI'];

function financeProfile(spec: AmountSpec): FinanceProfile {
  if (spec.crossBorder) return FINANCE_PROFILES.crossBorder;
  if (spec.beneficiaryKind === 'company') return FINANCE_PROFILES.enterprise;
  if (spec.funds.some((fund) => SOCIAL_FUNDS.includes(fund))) return FINANCE_PROFILES.social;
  if (spec.beneficiaryKind === 'university') return FINANCE_PROFILES.research;
  return FINANCE_PROFILES.public;
}

/**
 * Draws a log-normal total value (most between 50 000 zł and 5 mln zł, a few in the
 * hundreds of millions), then eligible expenditure, the grant and its EU / state-budget
 * parts in whole minor units, so the parts add up to the co-financing exactly.
 */
export function generateMoney(random: Random, spec: AmountSpec): ProjectMoney {
  const valuePln = spec.medianValue * spec.valueFactor * Math.exp(spec.valueSpread * random.normal());
  const clampedPln = Math.min(MAX_VALUE_PLN, Math.max(MIN_VALUE_PLN, valuePln));
  const major = spec.currency === 'EUR' ? clampedPln / PLN_PER_EUR : clampedPln;
  const total = Math.round(major * 100);
  const eligible = Math.round(total * eligibleShare(random, spec.category));
  const profile = financeProfile(spec);
  const rate = random.pick(profile.rates);
  const cofinancing = Math.round((eligible * rate) / 100);
  const eu = Math.min(cofinancing, Math.round((eligible * random.pick(profile.euRates)) / 100));
  return {
    totalValue: money(total, spec.currency),
    eligibleExpenditure: money(eligible, spec.currency),
    cofinancing: money(cofinancing, spec.currency),
    funding: fundingLines(random, total, cofinancing, eu, spec.currency),
  };
}

/** Investments often carry ineligible costs (VAT, land); training projects rarely do. */
function eligibleShare(random: Random, category: ProjectCategory): number {
  if (category === 'investment') return random.chance(0.4) ? 1 : random.between(0.8, 0.99);
  return random.chance(0.7) ? 1 : random.between(0.95, 0.999);
}

/**
 * EU and state-budget lines that sum to the co-financing; some projects also list the own
 * contribution, which then makes the lines sum to the total value.
 */
function fundingLines(
  random: Random,
  total: number,
  cofinancing: number,
  eu: number,
  currency: Currency,
): FundingLine[] {
  const lines: FundingLine[] = [{ source: 'eu', amount: money(eu, currency) }];
  if (cofinancing > eu) lines.push({ source: 'state_budget', amount: money(cofinancing - eu, currency) });
  if (total > cofinancing && random.chance(0.2))
    lines.push({ source: 'own', amount: money(total - cofinancing, currency) });
  return lines;
}
