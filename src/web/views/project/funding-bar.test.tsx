import { describe, expect, it } from 'vitest';
import { money } from '../../../domain/money.js';
import type { Project } from '../../../domain/project.js';
import { englishContext } from '../../context.js';
import { sharesOfTotal } from './funding-bar.js';

const ctx = englishContext();
const pln = (zloty: number) => money(zloty * 100, 'PLN');

function project(facts: Partial<Project>): Project {
  return {
    totalValue: null,
    cofinancing: null,
    eligibleExpenditure: null,
    funding: [],
    currency: 'PLN',
    ...facts,
  } as Project;
}

const parts = (shares: ReturnType<typeof sharesOfTotal>) =>
  shares?.map((share) => [share.kind, share.amount.amount / 100]);

describe('the split of the total value', () => {
  it('shows the grant by source and the own contribution that remains', () => {
    const shares = sharesOfTotal(
      ctx,
      project({
        totalValue: pln(1000),
        cofinancing: pln(900),
        funding: [
          { source: 'eu', amount: pln(850) },
          { source: 'state_budget', amount: pln(50) },
        ],
      }),
    );
    expect(parts(shares)).toEqual([
      ['eu', 850],
      ['state_budget', 50],
      ['own', 100],
    ]);
    expect(shares?.map((share) => share.label)).toEqual(['European Union', 'State budget grant', 'Own contribution']);
  });

  it('shows co-financing without a breakdown as one part', () => {
    expect(parts(sharesOfTotal(ctx, project({ totalValue: pln(100), cofinancing: pln(85) })))).toEqual([
      ['cofinancing', 85],
      ['own', 15],
    ]);
  });

  it('keeps other contributions as their own parts', () => {
    const shares = sharesOfTotal(
      ctx,
      project({
        totalValue: pln(100),
        cofinancing: pln(60),
        funding: [
          { source: 'eu', amount: pln(60) },
          { source: 'municipal', amount: pln(30) },
          { source: 'own', amount: pln(10) },
        ],
      }),
    );
    expect(parts(shares)).toEqual([
      ['eu', 60],
      ['municipal', 30],
      ['own', 10],
    ]);
  });

  it('draws nothing rather than a wrong bar when the parts exceed the total or the total is unknown', () => {
    const tooMuch = project({
      totalValue: pln(100),
      cofinancing: pln(90),
      funding: [{ source: 'regional', amount: pln(50) }],
    });
    expect(sharesOfTotal(ctx, tooMuch)).toBeNull();
    expect(sharesOfTotal(ctx, project({ cofinancing: pln(90) }))).toBeNull();
  });
});
