import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../../src/app.js';
import type { Role } from '../../src/domain/user.js';
import { createUser } from '../../src/services/auth/create-user.js';
import { decodeEntities } from '../web/html.js';
import { createDemoDatabase, createTestDatabase, type TestDatabase } from './database.js';

export const PASSWORD = 'correct horse battery staple';

export interface AdminTestApp {
  readonly app: FastifyInstance;
  readonly database: TestDatabase;
  readonly mediaFolder: string;
  close(): Promise<void>;
}

/** The whole portal on a real SQLite file, with uploads going to a temporary folder. */
export async function startAdminTestApp(
  options: {
    demoProjects?: number;
    signInAttemptsPerMinute?: number;
    maxUploadBytes?: number;
    maxImportBytes?: number;
  } = {},
): Promise<AdminTestApp> {
  const database =
    options.demoProjects === undefined ? await createTestDatabase() : await createDemoDatabase(options.demoProjects);
  const mediaFolder = mkdtempSync(join(tmpdir(), 'spojnia-media-'));
  const app = await buildApp({
    db: database.db,
    admin: {
      mediaFolder,
      signInAttemptsPerMinute: options.signInAttemptsPerMinute ?? 1000,
      maxUploadBytes: options.maxUploadBytes ?? 10 * 1024 * 1024,
      ...(options.maxImportBytes === undefined ? {} : { maxImportBytes: options.maxImportBytes }),
    },
  });
  return {
    app,
    database,
    mediaFolder,
    async close() {
      await app.close();
      await database.cleanup();
      rmSync(mediaFolder, { recursive: true, force: true });
    },
  };
}

export async function addUser(
  env: AdminTestApp,
  email: string,
  role: Role,
  organisationSlugs: string[] = [],
  password = PASSWORD,
): Promise<number> {
  return createUser(
    env.database.db,
    { email, name: email.split('@')[0] ?? '', role, password, organisationSlugs },
    null,
  );
}

export interface Page {
  readonly status: number;
  readonly html: string;
  readonly location: string | undefined;
  readonly response: LightMyRequestResponse;
}

/** The hidden CSRF token of the first form on a page. */
export function csrfOf(html: string): string {
  return decodeEntities(/name="_csrf" value="([^"]*)"/.exec(html)?.[1] ?? '');
}

type Fields = Record<string, string | string[]>;

function urlencoded(fields: Fields): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, item);
  }
  return params.toString();
}

/** A multipart body as a browser sends it: fields first, then the file. */
export function multipartBody(
  fields: Fields,
  file: { name: string; type: string; data: Buffer } | null,
): { payload: Buffer; contentType: string } {
  const boundary = `----spojnia${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${item}\r\n`));
    }
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`,
      ),
      file.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * A person with a browser: keeps cookies, reads the CSRF token from the pages it gets and
 * sends it back with every form, as a browser does with the hidden field.
 */
export class Browser {
  private readonly cookies = new Map<string, string>();
  csrf = '';

  constructor(private readonly app: FastifyInstance) {}

  private cookieHeader(): string {
    return [...this.cookies.entries()].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  private remember(response: LightMyRequestResponse): Page {
    for (const cookie of response.cookies as { name: string; value: string; maxAge?: number; expires?: Date }[]) {
      const expired = cookie.maxAge === 0 || (cookie.expires !== undefined && cookie.expires.getTime() < Date.now());
      if (expired || cookie.value === '') this.cookies.delete(cookie.name);
      else this.cookies.set(cookie.name, cookie.value);
    }
    const html = response.body;
    const token = csrfOf(html);
    if (token !== '') this.csrf = token;
    return { status: response.statusCode, html, location: response.headers.location as string | undefined, response };
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  async get(url: string): Promise<Page> {
    return this.remember(await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookieHeader() } }));
  }

  /** Posts a form with the CSRF token of the last page (unless the fields name one). */
  async post(url: string, fields: Fields, options: { withCsrf?: boolean } = {}): Promise<Page> {
    const body = options.withCsrf === false || '_csrf' in fields ? fields : { _csrf: this.csrf, ...fields };
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        headers: { cookie: this.cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        payload: urlencoded(body),
      }),
    );
  }

  async upload(url: string, fields: Fields, file: { name: string; type: string; data: Buffer } | null): Promise<Page> {
    const { payload, contentType } = multipartBody({ _csrf: this.csrf, ...fields }, file);
    return this.remember(
      await this.app.inject({
        method: 'POST',
        url,
        headers: { cookie: this.cookieHeader(), 'content-type': contentType },
        payload,
      }),
    );
  }

  async signIn(email: string, password = PASSWORD): Promise<Page> {
    await this.get('/admin/logowanie');
    return this.post('/admin/logowanie', { email, password });
  }
}

/** Signs a new browser in as this user. */
export async function signedIn(env: AdminTestApp, email: string, password = PASSWORD): Promise<Browser> {
  const browser = new Browser(env.app);
  const page = await browser.signIn(email, password);
  if (page.status !== 303) throw new Error(`Sign-in of ${email} failed with ${page.status}`);
  await browser.get('/admin/projekty');
  return browser;
}
