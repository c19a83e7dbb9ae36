import type { FastifyInstance } from 'fastify';
import type { DescribedError } from '../http-errors.js';
import type { SpojniaDb } from '../storage/database.js';

export interface WebDependencies {
  readonly db: SpojniaDb;
}

/** Public HTML pages. (Placeholder until the views land.) */
export async function registerWebRoutes(_app: FastifyInstance, _deps: WebDependencies): Promise<void> {}

export function renderErrorPage(error: DescribedError): string {
  return `<!doctype html><title>${error.status}</title><h1>${error.status}</h1>`;
}
