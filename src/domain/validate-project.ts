import { FUNDING_SOURCES } from './codes.js';
import { isIsoDate } from './dates.js';
import { MAX_MINOR_UNITS, type Money } from './money.js';
import { type Problem, problem, type ValidationResult } from './problems.js';
import type { ProjectFacts, ProjectInput } from './project.js';
import { grantFromBreakdown, sumOfSources } from './project-money.js';
import { SLUG_PATTERN } from './text.js';

const MAX_TITLE_LENGTH = 1000;
const MAX_SLUG_LENGTH = 120;

/**
 * Checks the business rules of a project and returns every problem at once, each with
 * the path of its field. Uniqueness (slug, contract number) needs the registry and is
 * checked by the service that saves.
 * @example validateProject(input).errors // [{ path: 'cofinancing', code: 'cofinancing_above_total', … }]
 */
export function validateProject(input: ProjectInput): ValidationResult {
  const errors: Problem[] = [
    ...checkIdentity(input),
    ...checkDates(input),
    ...checkAmounts(input),
    ...checkAmountRelations(input),
    ...checkParts(input),
    ...checkAddresses(input),
  ];
  return { errors, warnings: breakdownWarnings(input) };
}

function checkIdentity(input: ProjectInput): Problem[] {
  const problems: Problem[] = [];
  if (input.title.trim() === '') {
    problems.push(problem('title', 'required', 'Title is required'));
  } else if (input.title.length > MAX_TITLE_LENGTH) {
    problems.push(problem('title', 'too_long', `Title is longer than ${MAX_TITLE_LENGTH} characters`));
  }
  for (const [language, texts] of Object.entries(input.translations ?? {})) {
    if ((texts?.title?.length ?? 0) > MAX_TITLE_LENGTH) {
      problems.push(
        problem(`translations.${language}.title`, 'too_long', `Title is longer than ${MAX_TITLE_LENGTH} characters`),
      );
    }
  }
  if (!SLUG_PATTERN.test(input.slug) || input.slug.length > MAX_SLUG_LENGTH) {
    problems.push(problem('slug', 'invalid_slug', 'Slug may hold only lower-case letters, digits and single hyphens'));
  }
  if (input.contractNumber !== null && input.contractNumber.trim() === '') {
    problems.push(problem('contractNumber', 'blank', 'Contract number is blank; leave it out instead'));
  }
  return problems;
}

function checkDates(input: ProjectInput): Problem[] {
  const problems: Problem[] = [];
  for (const field of ['startDate', 'endDate'] as const) {
    const value = input[field];
    if (value !== null && !isIsoDate(value)) {
      problems.push(problem(field, 'invalid_date', 'Date must be a real date written as YYYY-MM-DD'));
    }
  }
  if (input.startDate && input.endDate && isIsoDate(input.startDate) && input.endDate < input.startDate) {
    problems.push(problem('endDate', 'end_before_start', 'End date is before the start date'));
  }
  input.phases.forEach((phase, index) => {
    if (phase.startDate && phase.endDate && phase.endDate < phase.startDate) {
      problems.push(problem(`phases.${index}.endDate`, 'end_before_start', 'Phase ends before it starts'));
    }
  });
  input.updates.forEach((update, index) => {
    if (!isIsoDate(update.date)) {
      problems.push(problem(`updates.${index}.date`, 'invalid_date', 'Date must be written as YYYY-MM-DD'));
    }
  });
  return problems;
}

/** Every amount: a whole number of minor units, not negative, in the project's currency. */
function checkAmounts(input: ProjectInput): Problem[] {
  const amounts: [string, Money | null][] = [
    ['totalValue', input.totalValue],
    ['eligibleExpenditure', input.eligibleExpenditure],
    ['cofinancing', input.cofinancing],
    ...input.funding.map((line, index): [string, Money] => [`funding.${index}.amount`, line.amount]),
  ];
  const problems: Problem[] = [];
  for (const [path, amount] of amounts) {
    if (amount === null) continue;
    if (!Number.isSafeInteger(amount.amount) || amount.amount < 0 || amount.amount > MAX_MINOR_UNITS) {
      problems.push(problem(path, 'invalid_amount', 'Amount must be a non-negative number within range'));
    }
    if (amount.currency !== input.currency) {
      problems.push(
        problem(path, 'currency_mismatch', `Amount is in ${amount.currency}, the project is in ${input.currency}`),
      );
    }
  }
  input.funding.forEach((line, index) => {
    if (!FUNDING_SOURCES.includes(line.source)) {
      problems.push(problem(`funding.${index}.source`, 'invalid_source', 'Unknown funding source'));
    }
  });
  return problems;
}

function checkAmountRelations(input: ProjectInput): Problem[] {
  const problems: Problem[] = [];
  const { totalValue, eligibleExpenditure, cofinancing } = input;
  if (totalValue && cofinancing && cofinancing.amount > totalValue.amount) {
    problems.push(problem('cofinancing', 'cofinancing_above_total', 'Co-financing exceeds the total value'));
  }
  if (totalValue && eligibleExpenditure && eligibleExpenditure.amount > totalValue.amount) {
    problems.push(
      problem('eligibleExpenditure', 'eligible_above_total', 'Eligible expenditure exceeds the total value'),
    );
  }
  const grant = grantFromBreakdown(input);
  if (grant && cofinancing && grant.amount > cofinancing.amount) {
    problems.push(
      problem('funding', 'grant_parts_above_cofinancing', 'EU and state-budget parts exceed the co-financing'),
    );
  }
  return problems;
}

function checkParts(input: ProjectInput): Problem[] {
  const problems: Problem[] = [];
  const seenPartners = new Set<string>();
  input.partners.forEach((partner, index) => {
    if (seenPartners.has(partner.organisationSlug)) {
      problems.push(problem(`partners.${index}`, 'duplicate_partner', 'This organisation is already a partner'));
    }
    seenPartners.add(partner.organisationSlug);
    if (partner.organisationSlug === input.beneficiarySlug) {
      problems.push(problem(`partners.${index}`, 'partner_is_beneficiary', 'The beneficiary cannot also be a partner'));
    }
  });
  input.places.forEach((place, index) => {
    if (place.teryt !== null && !/^\d{7}$/.test(place.teryt)) {
      problems.push(problem(`places.${index}.teryt`, 'invalid_teryt', 'TERYT code has 7 digits'));
    }
    if (place.latitude !== null && Math.abs(place.latitude) > 90) {
      problems.push(problem(`places.${index}.latitude`, 'invalid_coordinate', 'Latitude is between -90 and 90'));
    }
    if (place.longitude !== null && Math.abs(place.longitude) > 180) {
      problems.push(problem(`places.${index}.longitude`, 'invalid_coordinate', 'Longitude is between -180 and 180'));
    }
  });
  return problems;
}

/** A web address a page may link to: http or https only, so `javascript:` never reaches a page. */
export function isWebAddress(text: string): boolean {
  if (!/^https?:\/\//i.test(text) || /\s/.test(text)) return false;
  try {
    return new URL(text).hostname !== '';
  } catch {
    return false;
  }
}

/** Links, the website and the logo: web addresses only (a logo may also be an uploaded image). */
function checkAddresses(input: ProjectInput): Problem[] {
  const problems: Problem[] = [];
  const invalid = (path: string) => problem(path, 'invalid_url', 'Address must start with http:// or https://');
  if (input.website !== null && !isWebAddress(input.website)) problems.push(invalid('website'));
  if (input.logoUrl !== null && !isWebAddress(input.logoUrl) && !/^\/media\/[\w.-]+$/.test(input.logoUrl)) {
    problems.push(invalid('logoUrl'));
  }
  input.links.forEach((link, index) => {
    if (!isWebAddress(link.url)) problems.push(invalid(`links.${index}.url`));
  });
  const email = input.contact?.email;
  if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    problems.push(problem('contact.email', 'invalid_email', 'E-mail address is not valid'));
  }
  return problems;
}

/**
 * A breakdown that does not add up is reported, never silently fixed; pages show these
 * warnings next to the money.
 */
export function breakdownWarnings(
  input: Pick<ProjectFacts, 'funding' | 'cofinancing' | 'totalValue' | 'eligibleExpenditure' | 'currency'>,
): Problem[] {
  const warnings: Problem[] = [];
  const grant = grantFromBreakdown(input);
  if (grant && input.cofinancing && grant.amount < input.cofinancing.amount) {
    warnings.push(
      problem(
        'funding',
        'grant_parts_below_cofinancing',
        'EU and state-budget parts add up to less than the co-financing',
      ),
    );
  }
  const allLines = sumOfSources(input, FUNDING_SOURCES);
  const hasContributionLines = input.funding.some((line) => !['eu', 'state_budget'].includes(line.source));
  if (hasContributionLines && allLines && input.totalValue && allLines.amount !== input.totalValue.amount) {
    warnings.push(
      problem('funding', 'breakdown_not_total', 'The funding breakdown does not add up to the total value'),
    );
  }
  return warnings;
}
