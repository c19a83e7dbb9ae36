import type { FastifyInstance } from 'fastify';
import { getProjectStats } from '../../services/stats/get-project-stats.js';
import type { ApiDependencies } from '../dependencies.js';
import { ENDPOINTS, routePath } from '../endpoints.js';
import { presentStats } from '../presenters/stats.js';
import { withoutBlankValues } from './query.js';

export async function registerStatsRoutes(app: FastifyInstance, { readDb: db }: ApiDependencies): Promise<void> {
  const { getStats } = ENDPOINTS;
  app.get(routePath(getStats), async (request) => {
    const query = getStats.query.parse(withoutBlankValues(request.query));
    const stats = await getProjectStats(db, {
      q: query.q,
      filters: query,
      groupBy: query.groupBy,
      groupLimit: query.groupLimit,
    });
    return presentStats(stats);
  });
}
