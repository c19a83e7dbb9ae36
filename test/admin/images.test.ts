import { readdirSync } from 'node:fs';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProjectWithRevision } from '../../src/services/projects/editorial-saves.js';
import { loadProjectById } from '../../src/services/revisions/record-revision.js';
import { PDF_BYTES, pngWithMetadata, SVG_WITH_SCRIPT, smallJpeg } from '../factories/images.js';
import { buildProjectInput } from '../factories/project.js';
import { type AdminTestApp, addUser, type Browser, signedIn, startAdminTestApp } from '../helpers/admin.js';
import { seedSmallRegistry } from '../helpers/registry.js';
import { sectionById, textOf } from '../web/html.js';

let env: AdminTestApp;
let editor: Browser;
let projectId: number;
let url: string;

beforeAll(async () => {
  env = await startAdminTestApp({ maxUploadBytes: 2 * 1024 * 1024 });
  await seedSmallRegistry(env.database.db);
  await addUser(env, 'ala@gmina-a.pl', 'editor', ['gmina-a']);
  await addUser(env, 'admin@example.org', 'administrator');
  projectId = (
    await createProjectWithRevision(
      env.database.db,
      buildProjectInput({ slug: 'park', title: 'Park', beneficiarySlug: 'gmina-a', editorialState: 'published' }),
      { id: 1, email: 'ala@gmina-a.pl' },
    )
  ).id;
  await env.database.db
    .updateTable('projects')
    .set({ editorial_state: 'published' })
    .where('id', '=', projectId)
    .execute();
  editor = await signedIn(env, 'ala@gmina-a.pl');
  url = `/admin/projekty/${projectId}/zdjecia`;
});
afterAll(async () => env.close());

const files = () => readdirSync(env.mediaFolder);

async function uploadPhoto(
  data: Buffer,
  name: string,
  type: string,
  words = { alt: 'Nowa alejka w parku', credit: 'Jan Kowalski' },
) {
  await editor.get(url);
  return editor.upload(url, { kind: 'photo', ...words }, { name, type, data });
}

describe('uploading photos', () => {
  it('re-encodes and scales the image, strips its metadata and shows it on the public page with alt and credit', async () => {
    const page = await uploadPhoto(await pngWithMetadata(), 'zdjecie.png', 'image/png');
    expect(page.status).toBe(303);
    const [file] = files();
    expect(file).toMatch(/^[0-9a-f]{32}\.webp$/);
    const served = await env.app.inject(`/media/${file}`);
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/webp');
    expect(served.headers['x-content-type-options']).toBe('nosniff');
    expect(served.headers['content-security-policy']).toContain("default-src 'none'");
    const meta = await sharp(served.rawPayload).metadata();
    expect(meta.format).toBe('webp');
    expect(Math.max(meta.width ?? 0, meta.height ?? 0)).toBe(1600);
    expect(meta.exif).toBeUndefined();
    expect(served.rawPayload.includes(Buffer.from('Jan Kowalski'))).toBe(false);

    const publicPage = (await env.app.inject('/projekty/park')).body;
    const photos = sectionById(publicPage, 'zdjecia');
    expect(photos).toContain(`src="/media/${file}" alt="Nowa alejka w parku"`);
    expect(textOf(photos)).toContain('Fot. Jan Kowalski');
    const project = await loadProjectById(env.database.db, projectId);
    expect(project.photos).toHaveLength(1);
  });

  it('requires alt text and a credit, and keeps what was typed', async () => {
    const page = await uploadPhoto(await smallJpeg(), 'a.jpg', 'image/jpeg', { alt: '  ', credit: 'Jan' });
    expect(page.status).toBe(400);
    expect(textOf(page.html)).toContain('To pole jest wymagane.');
    expect(page.html).toContain('id="f-photo-alt-error"');
    expect(page.html).toContain('value="Jan"');
    expect(files()).toHaveLength(1);
  });

  it('finds the type from the content: a PDF renamed .png and an SVG with a script are refused', async () => {
    const pdf = await uploadPhoto(PDF_BYTES, 'plakat.png', 'image/png');
    expect(pdf.status).toBe(400);
    expect(textOf(pdf.html)).toContain('Ten plik nie jest obrazem, który umiemy odczytać');
    const svg = await uploadPhoto(SVG_WITH_SCRIPT, 'logo.png', 'image/png');
    expect(svg.status).toBe(400);
    expect(textOf(svg.html)).toContain('Nie przyjmujemy obrazów SVG');
    const svgNamed = await uploadPhoto(SVG_WITH_SCRIPT, 'logo.svg', 'image/svg+xml');
    expect(svgNamed.status).toBe(400);
    expect(files()).toHaveLength(1);
    expect((await loadProjectById(env.database.db, projectId)).photos).toHaveLength(1);
  });

  it('accepts a real JPEG whatever name and type the browser gave it', async () => {
    const page = await uploadPhoto(await smallJpeg(), 'notatki.txt', 'text/plain');
    expect(page.status).toBe(303);
    expect(files()).toHaveLength(2);
  });

  it('refuses a file over the limit while reading it, and a 50 MB body before reading it', async () => {
    const tooBig = Buffer.alloc(3 * 1024 * 1024, 1);
    const page = await uploadPhoto(tooBig, 'big.jpg', 'image/jpeg');
    expect(page.status).toBe(413);
    expect(textOf(page.html)).toContain('Plik jest za duży');
    const huge = Buffer.alloc(50 * 1024 * 1024, 1);
    const early = await uploadPhoto(huge, 'huge.jpg', 'image/jpeg');
    expect(early.status).toBe(413);
    expect(files()).toHaveLength(2);
  });

  it('sets and removes the logo, and a restore brings back a removed photo', async () => {
    await editor.get(url);
    const logo = await editor.upload(
      url,
      { kind: 'logo', alt: 'Logo parku', credit: 'Gmina A' },
      { name: 'l.jpg', type: 'image/jpeg', data: await smallJpeg() },
    );
    expect(logo.status).toBe(303);
    const withLogo = await loadProjectById(env.database.db, projectId);
    expect(withLogo.logoUrl).toMatch(/^\/media\/[0-9a-f]{32}\.webp$/);
    expect((await env.app.inject('/projekty/park')).body).toContain(`src="${withLogo.logoUrl}"`);

    const photosBefore = withLogo.photos;
    const page = await editor.get(url);
    // The logo's form comes first on the page, the photos' after it.
    const removeUrl = [...page.html.matchAll(new RegExp(`/admin/projekty/${projectId}/zdjecia/(\\d+)/usun`, 'g'))].at(
      -1,
    )?.[0] as string;
    expect((await editor.post(removeUrl, {})).status).toBe(303);
    expect((await loadProjectById(env.database.db, projectId)).photos).toHaveLength(photosBefore.length - 1);

    const history = await editor.get(`/admin/projekty/${projectId}/historia`);
    const numbers = [...history.html.matchAll(/historia\/(\d+)"/g)].map((match) => Number(match[1]));
    const beforeRemoval = Math.max(...numbers) - 1;
    expect((await editor.post(`/admin/projekty/${projectId}/historia/${beforeRemoval}/przywroc`, {})).status).toBe(303);
    expect((await loadProjectById(env.database.db, projectId)).photos).toEqual(photosBefore);
  });

  it('changes the words of a photo', async () => {
    const page = await editor.get(url);
    const id = /zdjecia\/(\d+)"/.exec(page.html)?.[1];
    const saved = await editor.post(`${url}/${id}`, {
      [`alt-${id}`]: 'Alejka jesienią',
      [`credit-${id}`]: 'Anna Nowak',
    });
    expect(saved.status).toBe(303);
    expect(textOf(sectionById((await env.app.inject('/projekty/park')).body, 'zdjecia'))).toContain('Fot. Anna Nowak');
  });

  it('shows refused words again at their photo, as typed, with the problem beside the field', async () => {
    const page = await editor.get(url);
    const id = /zdjecia\/(\d+)"/.exec(page.html)?.[1];
    const refused = await editor.post(`${url}/${id}`, { [`alt-${id}`]: ' ', [`credit-${id}`]: 'Fundacja Zieleń' });
    expect(refused.status).toBe(400);
    expect(refused.html).toContain(`id="f-alt-${id}-error"`);
    expect(refused.html).toMatch(new RegExp(`id="f-credit-${id}"[^>]*value="Fundacja Zieleń"`));
    expect(textOf(refused.html)).toContain('Tekst alternatywny: To pole jest wymagane.');
    expect(textOf(sectionById((await env.app.inject('/projekty/park')).body, 'zdjecia'))).toContain('Fot. Anna Nowak');
  });

  it('never serves a file name the app did not give', async () => {
    for (const name of ['..%2F..%2Fetc%2Fpasswd', 'x.svg', 'ABC.webp']) {
      expect((await env.app.inject(`/media/${name}`)).statusCode).toBe(404);
    }
  });
});

describe('organisation logos', () => {
  it('shows a refused logo on the organisation form again: the problem beside the file, the words kept', async () => {
    const admin = await signedIn(env, 'admin@example.org');
    await admin.get('/admin/organizacje/1');
    const filesBefore = files().length;
    const pdf = await admin.upload(
      '/admin/organizacje/1/logo',
      { alt: 'Herb gminy A', credit: 'Urząd Gminy A' },
      { name: 'herb.png', type: 'image/png', data: PDF_BYTES },
    );
    expect(pdf.status).toBe(400);
    expect(textOf(pdf.html)).toContain('Plik obrazu: Ten plik nie jest obrazem');
    expect(pdf.html).toContain('id="f-logo-file-error"');
    expect(pdf.html).toMatch(/id="f-logo-alt"[^>]*value="Herb gminy A"/);
    expect(pdf.html).toMatch(/id="f-logo-credit"[^>]*value="Urząd Gminy A"/);
    // The organisation's own form is there too, unchanged.
    expect(pdf.html).toMatch(/id="f-name"[^>]*value="Gmina A"/);

    const noFile = await admin.upload('/admin/organizacje/1/logo', { alt: 'Herb', credit: '' }, null);
    expect(noFile.status).toBe(400);
    expect(textOf(noFile.html)).toContain('Plik obrazu: Wybierz plik do przesłania.');
    expect(textOf(noFile.html)).toContain('Autor lub źródło zdjęcia: To pole jest wymagane.');
    expect(files()).toHaveLength(filesBefore);
  });

  it('lets an administrator upload and remove an organisation logo', async () => {
    const admin = await signedIn(env, 'admin@example.org');
    await admin.get('/admin/organizacje/1');
    const page = await admin.upload(
      '/admin/organizacje/1/logo',
      { alt: 'Herb gminy', credit: 'Gmina A' },
      { name: 'h.jpg', type: 'image/jpeg', data: await smallJpeg() },
    );
    expect(page.status).toBe(303);
    const form = await admin.get('/admin/organizacje/1');
    expect(form.html).toMatch(/<img src="\/media\/[0-9a-f]{32}\.webp"/);
    const svg = await admin.upload(
      '/admin/organizacje/1/logo',
      { alt: 'Herb', credit: 'x' },
      { name: 'h.png', type: 'image/png', data: SVG_WITH_SCRIPT },
    );
    expect(svg.status).toBe(400);
    expect((await admin.upload('/admin/organizacje/1/logo', { remove: '1' }, null)).status).toBe(303);
    expect(textOf((await admin.get('/admin/organizacje/1')).html)).toContain('Organizacja nie ma logo.');
    expect((await admin.get('/admin/organizacje/1')).html).not.toMatch(/<img src="\/media\//);
  });
});
