import type { FastifyInstance } from 'fastify';
import type { SpojniaDb } from '../storage/database.js';

export interface ApiDependencies {
  readonly db: SpojniaDb;
}

/** JSON API v1. (Placeholder until the routes land.) */
export async function registerApiRoutes(_app: FastifyInstance, _deps: ApiDependencies): Promise<void> {}
