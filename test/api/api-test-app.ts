import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import type { SpojniaDb } from '../../src/storage/database.js';
import { createDemoDatabase } from '../helpers/database.js';

export interface ApiResponse {
  readonly status: number;
  readonly headers: Record<string, unknown>;
  readonly body: string;
  // biome-ignore lint/suspicious/noExplicitAny: tests read JSON answers freely and check them with expect.
  readonly json: any;
}

export interface ApiTestApp {
  readonly app: FastifyInstance;
  readonly db: SpojniaDb;
  get(url: string): Promise<ApiResponse>;
  close(): Promise<void>;
}

/** The whole app over a real SQLite file holding the demo content, asked through `inject`. */
export async function startApiTestApp(generatedCount = 30): Promise<ApiTestApp> {
  const database = await createDemoDatabase(generatedCount);
  const app = await buildApp({ db: database.db });
  return {
    app,
    db: database.db,
    async get(url) {
      const response = await app.inject({ method: 'GET', url });
      const isJson = String(response.headers['content-type'] ?? '').startsWith('application/json');
      return {
        status: response.statusCode,
        headers: response.headers,
        body: response.body,
        json: isJson ? response.json() : undefined,
      };
    },
    async close() {
      await app.close();
      await database.cleanup();
    },
  };
}

/** Follows `links.next` from a first page to the last, returning every item seen. */
export async function collectAllPages(api: ApiTestApp, firstUrl: string): Promise<{ slug: string }[]> {
  const items: { slug: string }[] = [];
  let url: string | null = firstUrl;
  while (url !== null) {
    const response = await api.get(url);
    if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
    items.push(...response.json.data);
    url = response.json.links.next;
  }
  return items;
}
