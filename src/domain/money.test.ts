import { describe, expect, it } from 'vitest';
import { buildProjectInput } from '../../test/factories/project.js';
import { addMoney, money, parseAmount } from './money.js';
import { statusHint } from './project-hints.js';
import { cofinancingRate, grantFromBreakdown, ownContribution } from './project-money.js';

describe('money', () => {
  it('keeps integer minor units and refuses fractions', () => {
    expect(money(101579880, 'PLN')).toEqual({ amount: 101579880, currency: 'PLN' });
    expect(() => money(0.5, 'PLN')).toThrow(RangeError);
    expect(() => addMoney(money(1, 'PLN'), money(1, 'EUR'))).toThrow(TypeError);
  });

  it('parses amounts as people and files write them, without floating point', () => {
    expect(parseAmount('1 015 798,80')).toBe(101579880);
    expect(parseAmount('1\u00a0015\u00a0798,80 zł')).toBe(101579880);
    expect(parseAmount('200626162.00')).toBe(20062616200);
    expect(parseAmount('0.1')).toBe(10);
    expect(parseAmount('12,3,4')).toBeNull();
    expect(parseAmount('abc')).toBeNull();
  });
});

describe('derived money of a project', () => {
  const hajnowka = buildProjectInput({
    totalValue: money(101579880, 'PLN'),
    cofinancing: money(97979880, 'PLN'),
    funding: [
      { source: 'eu', amount: money(95779669, 'PLN') },
      { source: 'state_budget', amount: money(2200211, 'PLN') },
    ],
  });

  it('derives own contribution and the co-financing rate', () => {
    expect(ownContribution(hajnowka)).toEqual(money(3600000, 'PLN'));
    expect(cofinancingRate(hajnowka)).toBeCloseTo(96.456, 3);
    expect(grantFromBreakdown(hajnowka)).toEqual(money(97979880, 'PLN'));
  });

  it('bases the rate on eligible expenditure when it is known', () => {
    const project = buildProjectInput({
      totalValue: money(1000, 'PLN'),
      eligibleExpenditure: money(800, 'PLN'),
      cofinancing: money(680, 'PLN'),
    });
    expect(cofinancingRate(project)).toBe(85);
  });

  it('has no rate without amounts', () => {
    expect(cofinancingRate(buildProjectInput({ totalValue: null }))).toBeNull();
    expect(cofinancingRate(buildProjectInput({ totalValue: money(0, 'PLN') }))).toBeNull();
  });
});

describe('statusHint', () => {
  it('flags a project still in progress after its end date', () => {
    expect(statusHint({ status: 'in_progress', startDate: '2016-09-10', endDate: '2017-03-31' }, '2026-11-21')).toBe(
      'end_date_passed',
    );
    expect(statusHint({ status: 'completed', startDate: '2016-09-10', endDate: '2017-03-31' }, '2026-11-21')).toBe(
      null,
    );
    expect(statusHint({ status: 'planned', startDate: '2020-01-01', endDate: null }, '2026-11-21')).toBe(
      'start_date_passed',
    );
  });
});
