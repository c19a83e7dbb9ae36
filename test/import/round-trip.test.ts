import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistryExportFormat } from '../../src/services/export/export-formats.js';
import { exportRegistry } from '../../src/services/export/export-registry.js';
import type { SpojniaDb } from '../../src/storage/database.js';
import { insertImage } from '../../src/storage/repositories/image-repository.js';
import { findProjectBySlug } from '../../src/storage/repositories/project-reader.js';
import { createDemoDatabase, createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { countsOf, runImport, scratchFolder } from './import-helpers.js';

async function exportTo(db: SpojniaDb, format: RegistryExportFormat, path: string) {
  const output = createWriteStream(path);
  const report = await exportRegistry(db, format, output, new Date('2024-05-02T08:00:00Z'));
  output.end();
  await once(output, 'close');
  return report;
}

/** Every project with everything it shows, without the row ids that differ between registries. */
async function everyProject(db: SpojniaDb) {
  const slugs = await db.selectFrom('projects').select('slug').orderBy('slug').execute();
  const projects = [];
  for (const { slug } of slugs) {
    const project = await findProjectBySlug(db, slug, { includeUnpublished: true });
    if (!project) throw new Error(slug);
    const { id: _id, ...facts } = project;
    projects.push(facts);
  }
  return projects;
}

async function referenced(db: SpojniaDb) {
  const strip = <T extends { id: number }>(rows: T[]) => rows.map(({ id: _id, ...row }) => row);
  return {
    organisations: strip(await db.selectFrom('organisations').selectAll().orderBy('slug').execute()),
    programmes: strip(await db.selectFrom('programmes').selectAll().orderBy('slug').execute()),
    topics: strip(await db.selectFrom('topics').selectAll().orderBy('slug').execute()),
    importKeys: await db.selectFrom('projects').select(['slug', 'import_key']).orderBy('slug').execute(),
  };
}

/** What editors add that demo data lacks: English texts, photos (one removed), an organisation logo. */
async function giveEditorialExtras(db: SpojniaDb) {
  const [first, second] = await db.selectFrom('projects').select(['id']).orderBy('id').limit(2).execute();
  if (!first || !second) throw new Error('demo registry too small');
  await db
    .updateTable('projects')
    .set({ title_en: 'Restoring the old market square', summary_en: 'In English.', results_en: '<p>Done.</p>' })
    .where('id', '=', first.id)
    .execute();
  const photo = (name: string, ownerId: number) => ({
    fileName: `${name.repeat(32)}.webp`,
    ownerType: 'project' as const,
    ownerId,
    kind: 'photo' as const,
    alt: `Photo ${name}`,
    credit: name === 'b' ? '' : 'Fot. Urząd Gminy',
    width: 1600,
    height: 1067,
    bytes: 120_000,
  });
  const now = '2024-04-01T10:00:00.000Z';
  await insertImage(db, photo('a', first.id), now);
  const removed = await insertImage(db, photo('c', first.id), now);
  await insertImage(db, photo('b', first.id), now);
  await insertImage(db, photo('d', second.id), now);
  await db.updateTable('images').set({ removed_at: now }).where('id', '=', removed).execute();
  const organisation = await db.selectFrom('organisations').select('id').orderBy('id').executeTakeFirstOrThrow();
  await db
    .updateTable('organisations')
    .set({ logo_url: `/media/${'e'.repeat(32)}.png` })
    .where('id', '=', organisation.id)
    .execute();
}

describe.each(['json', 'ndjson'] as const)('the registry exported as %s and imported back', (format) => {
  let source: TestDatabase;
  let target: TestDatabase;
  const files = scratchFolder();
  const file = files.path(`rejestr.${format}`);

  beforeAll(async () => {
    source = await createDemoDatabase(40);
    target = await createTestDatabase();
    await giveEditorialExtras(source.db);
  });
  afterAll(async () => {
    await source.cleanup();
    await target.cleanup();
    files.cleanup();
  });

  it('writes every project, drafts included, in a file the importer reads', async () => {
    const report = await exportTo(source.db, format, file);
    expect(report.projects).toBe(42);
    const text = readFileSync(file, 'utf8');
    if (format === 'json') {
      expect(
        text.startsWith(
          '{"format":"spojnia-registry","version":1,"exportedAt":"2024-05-02T08:00:00.000Z","projects":[',
        ),
      ).toBe(true);
      expect(JSON.parse(text).projects).toHaveLength(42);
    } else {
      expect(
        text
          .trimEnd()
          .split('\n')
          .map((line) => JSON.parse(line).slug),
      ).toHaveLength(42);
    }
  });

  it('gives an empty registry the same projects, field for field, with their organisations and programmes', async () => {
    const { report, rejected } = await runImport(target.db, { file });
    expect(rejected).toEqual([]);
    expect(countsOf(report)).toEqual({ rowsRead: 42, created: 42, updated: 0, unchanged: 0, merged: 0, rejected: 0 });
    expect(report.format).toBe('registry export');
    const projects = await everyProject(target.db);
    expect(projects).toEqual(await everyProject(source.db));
    const translated = projects.find((project) => project.translations.en?.title === 'Restoring the old market square');
    expect(translated?.translations.en).toMatchObject({ summary: 'In English.', results: '<p>Done.</p>' });
    expect(translated?.photos.map((photo) => [photo.url, photo.alt, photo.credit])).toEqual([
      [`/media/${'a'.repeat(32)}.webp`, 'Photo a', 'Fot. Urząd Gminy'],
      [`/media/${'b'.repeat(32)}.webp`, 'Photo b', ''],
    ]);
    expect(projects.filter((project) => project.photos.length > 0)).toHaveLength(2);
    const [inTarget, inSource] = [await referenced(target.db), await referenced(source.db)];
    expect(inTarget.programmes).toEqual(
      inSource.programmes.filter((programme) => inTarget.programmes.some((kept) => kept.slug === programme.slug)),
    );
    expect(inTarget.topics).toEqual(
      inSource.topics.filter((topic) => inTarget.topics.some((kept) => kept.slug === topic.slug)),
    );
    expect(inTarget.organisations).toEqual(
      inSource.organisations.filter((organisation) =>
        inTarget.organisations.some((kept) => kept.slug === organisation.slug),
      ),
    );
    expect(inTarget.importKeys).toEqual(inSource.importKeys);
    expect(inTarget.organisations.filter((organisation) => organisation.logo_url !== null)).toHaveLength(1);
  });

  it('changes nothing when imported again, into either registry', async () => {
    for (const database of [target, source]) {
      const { report } = await runImport(database.db, { file });
      expect(countsOf(report)).toEqual({ rowsRead: 42, created: 0, updated: 0, unchanged: 42, merged: 0, rejected: 0 });
    }
  });

  it('shows the exported photos again, in their order, when editors had removed or reordered them since', async () => {
    const [first] = await target.db.selectFrom('projects').select(['id', 'slug']).orderBy('id').limit(1).execute();
    const owned = await target.db
      .selectFrom('images')
      .select(['id', 'file_name'])
      .where('owner_id', '=', first?.id ?? 0)
      .orderBy('position')
      .execute();
    await target.db
      .updateTable('images')
      .set({ removed_at: '2024-06-01T00:00:00.000Z' })
      .where('id', '=', owned[0]?.id ?? 0)
      .execute();
    await target.db
      .updateTable('images')
      .set({ alt: 'Changed' })
      .where('id', '=', owned[1]?.id ?? 0)
      .execute();
    const { report } = await runImport(target.db, { file });
    expect(countsOf(report)).toMatchObject({ updated: 1, unchanged: 41 });
    const project = await findProjectBySlug(target.db, first?.slug ?? '', { includeUnpublished: true });
    expect(project?.photos.map((photo) => photo.alt)).toEqual(['Photo a', 'Photo b']);
  });
});
