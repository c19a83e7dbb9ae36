import type { z } from 'zod';
import type { OrganisationProfile } from '../../services/organisations/get-organisation.js';
import type { ProjectTotalsSchema } from '../schemas/common.js';
import { presentMoney } from './money.js';

type ProjectTotals = OrganisationProfile['beneficiaryTotals'];

/** Counts and sums per currency; never one sum across PLN and EUR. */
export function presentProjectTotals(totals: ProjectTotals): z.infer<typeof ProjectTotalsSchema> {
  return {
    count: totals.count,
    byCurrency: totals.byCurrency.map((row) => ({
      currency: row.currency,
      count: row.count,
      totalValue: presentMoney(row.totalValue),
      cofinancing: presentMoney(row.cofinancing),
    })),
  };
}
