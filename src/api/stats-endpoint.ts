import { StatsSchema, statsQuerySchema } from './schemas/stats.js';

/** GET /stats: the numbers behind a dashboard, for any search. */
export const STATS_ENDPOINT = {
  kind: 'json' as const,
  operationId: 'getStats',
  path: '/stats',
  tag: 'stats' as const,
  summary: 'Counts and sums of a search’s projects, overall and by facet',
  description: [
    'Takes the same q and facet parameters as GET /projects (without them: every published project).',
    'Gives the number of projects and the sums of total value, co-financing and EU contribution per currency — PLN and EUR are never added together — overall and grouped by each facet in groupBy (default: all), the groupLimit largest groups first.',
    'Example: /api/v1/stats?voivodeship=podlaskie&groupBy=fund,programme&groupLimit=10',
  ].join(' '),
  query: statsQuerySchema,
  response: StatsSchema,
};
