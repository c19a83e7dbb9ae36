import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * The folder of the hand-written assets. Resolved against the source tree, so the same
 * path works from `src/web/` (tests, tsx) and from the compiled `dist/web/` (npm start).
 */
export const STATIC_ROOT = fileURLToPath(new URL('../../src/web/static/', import.meta.url));

export async function registerStaticAssets(app: FastifyInstance): Promise<void> {
  await app.register(fastifyStatic, {
    root: STATIC_ROOT,
    prefix: '/static/',
    index: false,
    list: false,
    maxAge: '1h',
  });
}
