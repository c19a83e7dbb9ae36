import { describe, expect, it } from 'vitest';
import { buildProjectInput } from '../../test/factories/project.js';
import { money } from './money.js';
import { validateProject } from './validate-project.js';

const pln = (zloty: number) => money(zloty * 100, 'PLN');
const paths = (problems: readonly { path: string }[]) => problems.map((problem) => problem.path);

describe('validateProject', () => {
  it('accepts a consistent project', () => {
    expect(validateProject(buildProjectInput())).toEqual({ errors: [], warnings: [] });
  });

  it('returns every problem at once, each with its field path', () => {
    const result = validateProject(
      buildProjectInput({
        title: ' ',
        slug: 'Not A Slug',
        totalValue: pln(100),
        cofinancing: pln(200),
        startDate: '2021-05-01',
        endDate: '2021-04-30',
      }),
    );
    expect(paths(result.errors)).toEqual(['title', 'slug', 'endDate', 'cofinancing']);
  });

  it('refuses co-financing above the total value', () => {
    const { errors } = validateProject(buildProjectInput({ totalValue: pln(1000), cofinancing: pln(1001) }));
    expect(errors).toEqual([expect.objectContaining({ path: 'cofinancing', code: 'cofinancing_above_total' })]);
  });

  it('accepts co-financing equal to the total value', () => {
    expect(validateProject(buildProjectInput({ totalValue: pln(1000), cofinancing: pln(1000) })).errors).toEqual([]);
  });

  it('refuses EU and state-budget parts above the co-financing', () => {
    const { errors } = validateProject(
      buildProjectInput({
        cofinancing: pln(850),
        totalValue: pln(1000),
        funding: [
          { source: 'eu', amount: pln(800) },
          { source: 'state_budget', amount: pln(100) },
        ],
      }),
    );
    expect(errors).toEqual([expect.objectContaining({ path: 'funding', code: 'grant_parts_above_cofinancing' })]);
  });

  it('warns, without refusing, when the breakdown does not add up', () => {
    const result = validateProject(
      buildProjectInput({
        totalValue: pln(1000),
        cofinancing: pln(850),
        funding: [
          { source: 'eu', amount: pln(700) },
          { source: 'own', amount: pln(100) },
        ],
      }),
    );
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((warning) => warning.code)).toEqual([
      'grant_parts_below_cofinancing',
      'breakdown_not_total',
    ]);
  });

  it('refuses an end date before the start date, and impossible dates', () => {
    expect(paths(validateProject(buildProjectInput({ startDate: '2020-02-30' })).errors)).toEqual(['startDate']);
    expect(validateProject(buildProjectInput({ startDate: '2020-01-02', endDate: '2020-01-01' })).errors[0]?.code).toBe(
      'end_before_start',
    );
    expect(validateProject(buildProjectInput({ startDate: '2020-01-01', endDate: '2020-01-01' })).errors).toEqual([]);
  });

  it('keeps one currency per project', () => {
    const { errors } = validateProject(
      buildProjectInput({ currency: 'PLN', cofinancing: money(50, 'EUR'), totalValue: pln(100) }),
    );
    expect(errors).toEqual([expect.objectContaining({ path: 'cofinancing', code: 'currency_mismatch' })]);
  });

  it('refuses negative and overflowing amounts', () => {
    const { errors } = validateProject(
      buildProjectInput({
        totalValue: { amount: -1, currency: 'PLN' },
        cofinancing: { amount: 10 ** 18, currency: 'PLN' },
      }),
    );
    expect(errors.filter((error) => error.code === 'invalid_amount').map((error) => error.path)).toEqual([
      'totalValue',
      'cofinancing',
    ]);
  });

  it('refuses a partner listed twice or the beneficiary as its own partner', () => {
    const { errors } = validateProject(
      buildProjectInput({
        beneficiarySlug: 'gmina-a',
        partners: [
          { organisationSlug: 'gmina-a', role: 'partner', note: null },
          { organisationSlug: 'fundacja-b', role: 'partner', note: null },
          { organisationSlug: 'fundacja-b', role: 'associated', note: null },
        ],
      }),
    );
    expect(errors.map((error) => [error.path, error.code])).toEqual([
      ['partners.0', 'partner_is_beneficiary'],
      ['partners.2', 'duplicate_partner'],
    ]);
  });
});
