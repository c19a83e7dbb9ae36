import type { FastifyInstance } from 'fastify';
import { checkReadiness } from '../../services/health/check-readiness.js';
import type { WebDependencies } from '../dependencies.js';

/**
 * Probes for process supervisors and load balancers. Never cached, never rendered as pages:
 * plain JSON, and only what an operator needs (the reason is about our own database).
 */
export async function registerHealthRoutes(app: FastifyInstance, { db, readDb }: WebDependencies): Promise<void> {
  app.get('/healthz', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' };
  });

  app.get('/readyz', async (_request, reply) => {
    reply.header('cache-control', 'no-store');
    const readiness = await checkReadiness(db, readDb);
    if (!readiness.isReady) return reply.status(503).send({ status: 'unavailable', reason: readiness.reason });
    return { status: 'ready' };
  });
}
