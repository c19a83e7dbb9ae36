import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { openPostgresDatabase } from '../../src/storage/postgres-database.js';
import {
  createBlankTestDatabase,
  createDemoDatabase,
  createTestDatabase,
  type TestDatabase,
} from '../helpers/database.js';

const opened: { cleanup(): Promise<void> }[] = [];
afterEach(async () => {
  for (const database of opened.splice(0)) await database.cleanup();
});

async function track<T extends { cleanup(): Promise<void> }>(database: Promise<T>): Promise<T> {
  const ready = await database;
  opened.push(ready);
  return ready;
}

describe('health probes', () => {
  it('/healthz says the process is up, /readyz that the database answers and is current; neither is cached', async () => {
    const { db } = await track(createTestDatabase());
    const app = await buildApp({ db });
    for (const [url, body] of [
      ['/healthz', { status: 'ok' }],
      ['/readyz', { status: 'ready' }],
    ] as const) {
      const response = await app.inject({ method: 'GET', url });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual(body);
      expect(response.headers['cache-control']).toBe('no-store');
    }
    await app.close();
  });

  it('/readyz answers 503 naming the pending migrations of a database not yet migrated', async () => {
    const blank = await track(createBlankTestDatabase());
    const db = blank.open();
    const app = await buildApp({ db });
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(response.json().status).toBe('unavailable');
    expect(response.json().reason).toMatch(
      /^\d+ pending migrations \(0001-create-taxonomies, .*\); run spojnia migrate$/,
    );
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await app.close();
    await db.destroy();
  });

  it('/readyz answers 503 when the database cannot be reached, while /healthz still answers', async () => {
    const { db } = await track(createTestDatabase());
    // Nothing listens on port 1: the replica is unreachable, the primary is fine.
    const replica = openPostgresDatabase({ url: 'postgres://spojnia:secret-word@127.0.0.1:1/spojnia' });
    const app = await buildApp({ db, readDb: replica });
    const response = await app.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(response.json().reason).toMatch(/^read replica unreachable: .*ECONNREFUSED/);
    expect(response.body).not.toContain('secret-word');
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await app.close();
    await replica.destroy();
  });
});

describe('read replica', () => {
  it('public pages and the API read from the read handle, not the primary', async () => {
    const primary: TestDatabase = await track(createTestDatabase());
    const replica: TestDatabase = await track(createDemoDatabase(4));
    const app = await buildApp({ db: primary.db, readDb: replica.db });
    const page = await app.inject({ method: 'GET', url: '/projekty/hajnowka-odnowa' });
    expect(page.statusCode).toBe(200);
    const api = await app.inject({ method: 'GET', url: '/api/v1/projects' });
    expect(api.json().meta.total).toBe(6);
    expect((await app.inject({ method: 'GET', url: '/readyz' })).statusCode).toBe(200);
    await app.close();
  });
});
