import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOfficialList } from '../../bench/import/official-list.js';
import { type AdminTestApp, addUser, type Browser, signedIn, startAdminTestApp } from '../helpers/admin.js';
import { projectCount, scratchFolder, writeCsv } from '../import/import-helpers.js';
import { OFFICIAL_2014_HEADERS, official2014Rows } from '../import/official-lists.js';
import { decodeEntities } from '../web/html.js';

const VALUE_HEADER = OFFICIAL_2014_HEADERS[9];
const START_HEADER = OFFICIAL_2014_HEADERS[16];

let env: AdminTestApp;
const files = scratchFolder();
let admin: Browser;
let editor: Browser;
let viewer: Browser;

interface UploadPart {
  readonly field: string;
  readonly name: string;
  readonly data: Buffer;
}

/** A multipart body as a browser sends the import form: fields first, then the chosen files. */
function multipart(fields: Record<string, string>, uploads: readonly UploadPart[]) {
  const boundary = `----spojnia${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [key, value] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${key}"\r\n\r\n${value}\r\n`));
  }
  for (const upload of uploads) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${upload.field}"; filename="${upload.name}"\r\nContent-Type: application/octet-stream\r\n\r\n`,
      ),
      upload.data,
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

async function sendImport(
  browser: Browser,
  url: string,
  fields: Record<string, string>,
  uploads: readonly UploadPart[],
  on: AdminTestApp = env,
) {
  await browser.get(url);
  const { payload, contentType } = multipart({ _csrf: browser.csrf, ...fields }, uploads);
  const response = await on.app.inject({
    method: 'POST',
    url,
    headers: { cookie: cookieOf(browser), 'content-type': contentType },
    payload,
  });
  return { status: response.statusCode, html: response.body, location: response.headers.location as string };
}

function cookieOf(browser: Browser): string {
  return ['spojnia_session', 'spojnia_signin']
    .map((name) => [name, browser.cookie(name)] as const)
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}=${value}`)
    .join('; ');
}

/** Asks the status endpoint, as the page's script does, until the import has ended. */
async function waitForEnd(browser: Browser, runUrl: string, statusPath: string) {
  const seen: { state: string; rowsRead: number; percent: number | null; text: string }[] = [];
  // A generous deadline: a loaded machine may take minutes over what an idle one does in seconds.
  const deadline = Date.now() + 300_000;
  while (Date.now() < deadline) {
    const status = await browser.get(`${runUrl}/${statusPath}`);
    expect(status.status).toBe(200);
    expect(status.response.headers['content-type']).toMatch(/^application\/json/);
    const body = JSON.parse(status.html);
    seen.push(body);
    if (body.state !== 'running') return seen;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('The import did not end');
}

const officialList = () =>
  readFileSync(writeCsv(files.path('lista.csv'), [OFFICIAL_2014_HEADERS, ...official2014Rows()]));

beforeAll(async () => {
  env = await startAdminTestApp();
  await addUser(env, 'admin@example.org', 'administrator');
  await addUser(env, 'editor@example.org', 'editor', []);
  await addUser(env, 'viewer@example.org', 'viewer');
  admin = await signedIn(env, 'admin@example.org');
  editor = await signedIn(env, 'editor@example.org');
  viewer = await signedIn(env, 'viewer@example.org');
});
afterAll(async () => {
  await env.close();
  files.cleanup();
});

describe('the import pages, by role', () => {
  it('are for administrators only: editors and viewers get 403 and their uploads import nothing', async () => {
    expect((await admin.get('/admin/import')).status).toBe(200);
    expect((await admin.get('/en/admin/import')).status).toBe(200);
    for (const who of [editor, viewer]) {
      expect((await who.get('/admin/import')).status).toBe(403);
      expect((await who.get('/en/admin/import')).status).toBe(403);
      const sent = await sendImport(who, '/admin/import', {}, [
        { field: 'file', name: 'lista.csv', data: officialList() },
      ]);
      expect(sent.status).toBe(403);
    }
    const anonymous = await env.app.inject({ method: 'GET', url: '/admin/import' });
    expect(anonymous.statusCode).toBe(303);
    expect(await projectCount(env.database.db)).toBe(0);
    expect((await admin.get('/admin/projekty')).html).toContain('href="/admin/import"');
    expect((await editor.get('/admin/projekty')).html).not.toContain('href="/admin/import"');
  });
});

describe('a refused upload', () => {
  it('shows the form again with the problem named and every choice kept', async () => {
    const sent = await sendImport(admin, '/admin/import', { format: 'kohesio', dryRun: '1' }, []);
    expect(sent.status).toBe(400);
    const html = decodeEntities(sent.html);
    expect(html).toContain('Formularz zawiera błędy');
    expect(html).toContain('Plik do zaimportowania: Wybierz plik do zaimportowania.');
    expect(sent.html).toMatch(/<option value="kohesio" selected/);
    expect(sent.html).toMatch(/name="dryRun" value="1" checked/);
  });

  it('refuses a layout together with a mapping file, and a broken mapping file, naming the file chosen', async () => {
    const mapping = { field: 'mapping', name: 'mapa.json', data: Buffer.from('{"columns": {"Naziv": "title"}') };
    const sent = await sendImport(admin, '/en/admin/import', { format: 'kohesio' }, [
      { field: 'file', name: 'lista.csv', data: officialList() },
      mapping,
    ]);
    expect(sent.status).toBe(400);
    const html = decodeEntities(sent.html);
    expect(html).toContain('Choose either a layout or a mapping file, not both.');
    expect(html).toMatch(/The mapping file mapa\.json is not valid JSON: /);
    expect(html).toContain('File chosen before: lista.csv.');
    expect(html).toContain('File chosen before: mapa.json.');
    expect(await projectCount(env.database.db)).toBe(0);
  });

  it("names each problem of a mapping file in the page's language", async () => {
    const data = Buffer.from(JSON.stringify({ columns: { Iznos: 'totalValue' }, defaults: { country: 'Atlantyda' } }));
    const send = (url: string) =>
      sendImport(admin, url, {}, [
        { field: 'file', name: 'lista.csv', data: officialList() },
        { field: 'mapping', name: 'mapa.json', data },
      ]);
    const polish = decodeEntities((await send('/admin/import')).html);
    expect(polish).toContain(
      'Plik mapowania ma błędy: columns: żadna kolumna nie jest przypisana do pola "title"; defaults: kwoty są przypisane, a waluta nie; dodaj "currency": "PLN" (albo EUR, HRK, …) do "defaults"; defaults.country: "Atlantyda" nie jest znanym krajem; użyj kodu ISO, np. "HR"',
    );
    const english = decodeEntities((await send('/en/admin/import')).html);
    expect(english).toContain(
      'columns: no column is mapped to "title"; defaults: amounts are mapped but no currency is',
    );
    expect(await projectCount(env.database.db)).toBe(0);
  });

  it('refuses a file over the size limit with the limit named, keeping the choices', async () => {
    const limited = await startAdminTestApp({ maxImportBytes: 1024 * 1024 });
    try {
      await addUser(limited, 'admin@example.org', 'administrator');
      const browser = await signedIn(limited, 'admin@example.org');
      const sent = await sendImport(
        browser,
        '/admin/import',
        { format: 'official-2014-2020' },
        [{ field: 'file', name: 'duza-lista.csv', data: Buffer.alloc(1024 * 1024 + 10, 'a') }],
        limited,
      );
      expect(sent.status).toBe(413);
      expect(decodeEntities(sent.html)).toContain('Plik jest większy niż 1 MB. Nic nie zostało zaimportowane.');
      expect(sent.html).toMatch(/<option value="official-2014-2020" selected/);
      expect(await projectCount(limited.database.db)).toBe(0);
    } finally {
      await limited.close();
    }
  });
});

describe('an upload of the official list', () => {
  it('imports in the background and reports every row: read, created, rejected with number and reason', async () => {
    // The portal's search has been asked once before, so it holds an index the import must bring up to date.
    const before = await env.app.inject({ method: 'GET', url: '/projekty?q=Reggio' });
    expect(decodeEntities(before.body)).not.toContain('Hajnówka OdNowa. Kooperacja w rewitalizacji');
    const sent = await sendImport(admin, '/admin/import', { format: 'auto' }, [
      { field: 'file', name: 'lista-2014-2020.csv', data: officialList() },
    ]);
    expect(sent.status).toBe(303);
    expect(sent.location).toMatch(/^\/admin\/import\/[0-9a-f]{24}$/);
    const statuses = await waitForEnd(admin, sent.location, 'stan');
    expect(statuses.at(-1)).toMatchObject({ state: 'finished', rowsRead: 7, percent: 100 });

    const report = await admin.get(sent.location);
    expect(report.status).toBe(200);
    const html = decodeEntities(report.html);
    expect(html).toContain('<h1>Raport importu: lista-2014-2020.csv</h1>');
    const counts = Object.fromEntries(
      [...report.html.matchAll(/data-count="(\w+)">([^<]*)</g)].map((match) => [match[1], match[2]]),
    );
    expect(counts).toEqual({ rowsRead: '7', created: '4', updated: '0', unchanged: '0', merged: '0', rejected: '3' });
    const rowsOf = (page: string) =>
      [...page.matchAll(/<tr><td>(\d+)<\/td><td>([^<]*)<\/td><\/tr>/g)].map((match) => [Number(match[1]), match[2]]);
    // The reasons in the page's language; the CSV to fix and the command line keep them in English.
    expect(rowsOf(html)).toEqual([
      [6, `"${VALUE_HEADER}": "abc" nie jest liczbą`],
      [7, `"${START_HEADER}": "2019-02-30" to data, która nie istnieje`],
      [8, 'Wydatki kwalifikowalne: Wydatki kwalifikowalne są wyższe niż wartość projektu.'],
    ]);
    const english = decodeEntities((await admin.get(sent.location.replace('/admin/', '/en/admin/'))).html);
    expect(html).toMatch(/<dd>oficjalna lista projektów 2014-2020<\/dd>/);
    expect(html).toMatch(/<dd>CSV, utf-8 \((znacznik BOM|rozpoznane)\), separator „;”<\/dd>/);
    expect(english).toMatch(/<dd>official list of projects 2014-2020<\/dd>/);
    expect(rowsOf(english)).toEqual([
      [6, `"${VALUE_HEADER}": "abc" is not a number`],
      [7, `"${START_HEADER}": "2019-02-30" is not a real date`],
      [8, 'eligibleExpenditure: Eligible expenditure exceeds the total value'],
    ]);
    expect(await projectCount(env.database.db)).toBe(4);
    const found = await env.app.inject({ method: 'GET', url: '/projekty?q=Reggio' });
    expect(decodeEntities(found.body)).toContain('Hajnówka OdNowa. Kooperacja w rewitalizacji');

    const download = await admin.get(`${sent.location}/odrzucone`);
    expect(download.status).toBe(200);
    expect(download.response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(download.response.headers['content-disposition']).toBe(
      "attachment; filename*=UTF-8''lista-2014-2020.rejected.csv",
    );
    const csv = download.response.rawPayload.toString('utf8');
    expect(csv.startsWith('\uFEFFImport row;Import problem;Tytuł projektu / Project title;')).toBe(true);
    expect(csv.split('\r\n').filter((line) => line !== '')).toHaveLength(4);

    const audit = await admin.get('/admin/dziennik');
    expect(decodeEntities(audit.html)).toContain('import pliku');
    expect(decodeEntities(audit.html)).toContain('lista-2014-2020.csv');
    const events = await env.database.db
      .selectFrom('audit_events')
      .selectAll()
      .where('action', '=', 'file_imported')
      .execute();
    expect(events).toHaveLength(1);
    expect(JSON.parse(events[0]?.details ?? '{}')).toMatchObject({
      created: '4',
      rejected: '3',
      rowsRead: '7',
      outcome: 'finished',
    });

    // The same file again changes nothing, and a trial run writes nothing.
    const again = await sendImport(admin, '/en/admin/import', { dryRun: '1' }, [
      { field: 'file', name: 'lista-2014-2020.csv', data: officialList() },
    ]);
    expect(again.location).toMatch(/^\/en\/admin\/import\/[0-9a-f]{24}$/);
    await waitForEnd(admin, again.location, 'status');
    const second = decodeEntities((await admin.get(again.location)).html);
    expect(second).toContain('This was a trial run: the registry was not changed.');
    expect(second).toMatch(/data-count="unchanged">4</);
  });

  it("says in the page's language why a file could not be imported at all, and imports nothing", async () => {
    const before = await projectCount(env.database.db);
    const unknown = Buffer.from('Kolor;Smak;Zapach\r\nczerwony;słodki;różany\r\n', 'utf8');
    const sent = await sendImport(admin, '/admin/import', {}, [{ field: 'file', name: 'owoce.csv', data: unknown }]);
    expect(sent.status).toBe(303);
    const statuses = await waitForEnd(admin, sent.location, 'stan');
    expect(statuses.at(-1)?.state).toBe('failed');
    const polish = decodeEntities((await admin.get(sent.location)).html);
    expect(polish).toContain('<h1>Import nieudany: owoce.csv</h1>');
    expect(polish).toContain(
      'Kolumny pliku w pierwszych 30 wierszach nie pasują do żadnego znanego układu (oficjalne listy 2014-2020 i 2021-2027, Mapa Dotacji, Kohesio).',
    );
    expect(polish).not.toContain('match none of the known layouts');
    const english = decodeEntities((await admin.get(sent.location.replace('/admin/', '/en/admin/'))).html);
    expect(english).toContain("The file's columns match none of the known layouts in its first 30 rows");
    expect(await projectCount(env.database.db)).toBe(before);
  });

  it('shows a live progress bar while a large file imports, and takes one import at a time', {
    timeout: 360_000,
  }, async () => {
    const large = files.path('duza-lista.csv');
    await writeOfficialList(large, 10_000);
    const sent = await sendImport(admin, '/admin/import', {}, [
      { field: 'file', name: 'duza-lista.csv', data: readFileSync(large) },
    ]);
    expect(sent.status).toBe(303);
    const progress = await admin.get(sent.location);
    const html = progress.html;
    expect(html).toContain('<h1>Import: duza-lista.csv</h1>');
    expect(html).toMatch(/<noscript><meta http-equiv="refresh" content="3"\/?><\/noscript>/);
    expect(html).toMatch(/<label for="import-progress">Postęp odczytu pliku<\/label><progress id="import-progress"/);
    expect(html).toMatch(/aria-live="polite"/);
    expect(html).toContain('src="/admin-static/import-progress.js"');

    const busy = await sendImport(admin, '/admin/import', { format: 'kohesio' }, [
      { field: 'file', name: 'inna.csv', data: officialList() },
    ]);
    expect(busy.status).toBe(409);
    expect(decodeEntities(busy.html)).toContain('Trwa inny import. Poczekaj, aż się zakończy, i spróbuj ponownie.');
    expect(busy.html).toMatch(/<option value="kohesio" selected/);

    const statuses = await waitForEnd(admin, sent.location, 'stan');
    const running = statuses.filter((status) => status.state === 'running');
    // The site kept answering during the import (its one transaction is on a connection of its own).
    expect(running.some((status) => status.rowsRead > 0 && status.rowsRead < 10_000)).toBe(true);
    expect(running.at(-1)?.text).toMatch(/^Odczytano [\d\s\u00a0]+ wierszy – \d+% pliku/);
    expect(statuses.at(-1)).toMatchObject({ state: 'finished', rowsRead: 10_000 });
    const report = await admin.get(sent.location);
    expect(report.html).toMatch(/data-count="rowsRead">10[\s\u00a0]000</);
    expect(report.html).not.toContain('http-equiv="refresh"');
  });
});
