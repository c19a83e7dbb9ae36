import type { z } from 'zod';
import { describeNote } from '../../services/search/search-notes.js';
import type { CurrencyStats, ProjectStats } from '../../services/stats/get-project-stats.js';
import type { StatsSchema } from '../schemas/stats.js';
import { presentMoney } from './money.js';

type StatsJson = z.infer<typeof StatsSchema>;

function presentLines(lines: readonly CurrencyStats[]) {
  return lines.map((line) => ({
    currency: line.currency,
    count: line.count,
    totalValue: presentMoney({ amount: line.totalValue, currency: line.currency }),
    cofinancing: presentMoney({ amount: line.cofinancing, currency: line.currency }),
    euContribution: presentMoney({ amount: line.euContribution, currency: line.currency }),
  }));
}

export function presentStats(stats: ProjectStats): StatsJson {
  return {
    meta: {
      query: stats.query.text,
      filters: Object.fromEntries(Object.entries(stats.chosen).map(([facet, values]) => [facet, [...(values ?? [])]])),
      ignored: stats.notes.map((note) => ({ code: note.code, message: describeNote(note) })),
    },
    count: stats.count,
    byCurrency: presentLines(stats.byCurrency),
    byFacet: Object.fromEntries(
      stats.byFacet.map((facet) => [
        facet.facet,
        {
          distinct: facet.distinct,
          groups: facet.groups.map((group) => ({
            value: group.key,
            name: group.name,
            count: group.count,
            byCurrency: presentLines(group.byCurrency),
          })),
        },
      ]),
    ),
  };
}
