import { money } from '../../src/domain/money.js';
import { createProject } from '../../src/services/projects/create-project.js';
import type { SpojniaDb } from '../../src/storage/database.js';
import { buildProjectInput } from '../factories/project.js';

/** A draft with a word no published project has: it must never leave the registry through an export. */
export async function addDraft(db: SpojniaDb): Promise<void> {
  await createProject(
    db,
    buildProjectInput({
      slug: 'szkic-niepublikowany',
      title: 'Szkic niepublikowany: zażółć gęślą jaźń',
      editorialState: 'draft',
      totalValue: money(100_000_00, 'PLN'),
    }),
  );
}

/** A published EUR project with a title full of Polish letters, to check they survive every format. */
export const POLISH_TITLE = 'Zażółć gęślą jaźń – Łódź, Śródmieście';

export async function addPolishProject(db: SpojniaDb): Promise<void> {
  await createProject(
    db,
    buildProjectInput({
      slug: 'zazolc-gesla-jazn',
      title: POLISH_TITLE,
      currency: 'EUR',
      totalValue: money(1_234_567_89, 'EUR'),
      cofinancing: money(1_000_000_01, 'EUR'),
      funds: ['ERDF'],
      funding: [{ source: 'eu', amount: money(900_000_00, 'EUR') }],
    }),
  );
}

/** Sums of decimal strings per currency, exactly (in minor units). */
export function sumByCurrency(
  rows: readonly { currency: string; [key: string]: unknown }[],
  field: string,
): Record<string, number> {
  const sums: Record<string, number> = {};
  for (const row of rows) {
    const value = row[field];
    if (typeof value !== 'string' || value === '') continue;
    const [whole = '0', fraction = '00'] = value.split('.');
    sums[row.currency] = (sums[row.currency] ?? 0) + Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
  }
  return sums;
}
