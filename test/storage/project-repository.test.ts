import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../src/domain/errors.js';
import { money } from '../../src/domain/money.js';
import type { ProjectInput } from '../../src/domain/project.js';
import { createProject } from '../../src/services/projects/create-project.js';
import { updateProject } from '../../src/services/projects/update-project.js';
import { migrateToLatest, pendingMigrations } from '../../src/storage/migrate.js';
import { insertOrganisation } from '../../src/storage/repositories/organisation-repository.js';
import { insertProgramme } from '../../src/storage/repositories/programme-repository.js';
import { countProjects, listProjectSummaries, sumProjects } from '../../src/storage/repositories/project-list.js';
import { findProjectBySlug } from '../../src/storage/repositories/project-reader.js';
import { insertTopic } from '../../src/storage/repositories/topic-repository.js';
import { buildOrganisationInput, buildProjectInput } from '../factories/project.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

let database: TestDatabase;

beforeEach(async () => {
  database = await createTestDatabase();
  const { db } = database;
  await insertProgramme(db, {
    slug: 'power',
    code: '2014PL05M9OP001',
    name: 'Program Operacyjny Wiedza Edukacja Rozwój',
    nameEn: null,
    shortName: 'POWER',
    period: '2014-2020',
    funds: ['ESF'],
    managingAuthority: null,
    website: null,
  });
  await insertTopic(db, { slug: 'rewitalizacja', namePl: 'Rewitalizacja', nameEn: 'Urban regeneration' });
  await insertOrganisation(db, buildOrganisationInput({ slug: 'gmina-a', name: 'Gmina A' }));
  await insertOrganisation(db, buildOrganisationInput({ slug: 'fundacja-b', name: 'Fundacja B', country: 'IT' }));
});

afterEach(async () => {
  await database.cleanup();
});

const fullProject: ProjectInput = buildProjectInput({
  slug: 'pelny-projekt',
  contractNumber: 'POWR.04.03.00-00-0001/18-00',
  programmeSlug: 'power',
  priorityAxis: { code: 'IV', name: 'Innowacje społeczne' },
  measure: { code: '4.3', name: 'Współpraca ponadnarodowa' },
  funds: ['ESF'],
  topicSlugs: ['rewitalizacja'],
  beneficiarySlug: 'gmina-a',
  partners: [{ organisationSlug: 'fundacja-b', role: 'transnational_partner', note: 'partner z Włoch' }],
  totalValue: money(101579880, 'PLN'),
  cofinancing: money(97979880, 'PLN'),
  funding: [
    { source: 'eu', amount: money(95779669, 'PLN') },
    { source: 'state_budget', amount: money(2200211, 'PLN') },
  ],
  places: [
    {
      label: 'Kraków, osiedle Azory',
      country: 'PL',
      voivodeship: 'małopolskie',
      county: 'Kraków',
      municipality: 'Kraków',
      teryt: '1261011',
      city: 'Kraków',
      areaName: 'osiedle Azory',
      latitude: 50.0876,
      longitude: 19.9051,
    },
  ],
  phases: [
    {
      name: 'Faza 1',
      startDate: '2020-01-01',
      endDate: '2020-06-30',
      durationMonths: 6,
      status: 'completed',
      description: null,
    },
  ],
  updates: [{ date: '2020-06-06', datePrecision: 'day', title: 'Druga faza', body: 'Zatwierdzona' }],
  indicators: [{ kind: 'output', name: 'Uczestnicy', unit: 'osoby', baseline: 0, target: 120, achieved: 45 }],
  links: [{ kind: 'document', title: 'Plan', url: 'https://example.org/plan.pdf' }],
  relations: [{ kind: 'continues', targetSlug: null, targetTitle: 'USER', note: '2013-2015' }],
  groups: [{ name: 'Lokalna Grupa Wsparcia', description: null, members: ['MOPS', 'ZBK'] }],
  contact: { name: 'Biuro projektu', email: 'biuro@example.org', phone: null, note: null },
});

describe('project repository on a real SQLite file', () => {
  it('migrates once; running again changes nothing', async () => {
    expect(await pendingMigrations(database.db)).toEqual([]);
    expect((await migrateToLatest(database.db)).applied).toEqual([]);
  });

  it('stores a project with all its parts and reads back the same facts', async () => {
    await createProject(database.db, fullProject);
    const stored = await findProjectBySlug(database.db, 'pelny-projekt');
    expect(stored).not.toBeNull();
    const { programmeSlug, beneficiarySlug, topicSlugs, partners, ...facts } = fullProject;
    expect(stored).toMatchObject({
      ...facts,
      updates: [...facts.updates],
      programme: { slug: 'power', shortName: 'POWER', code: '2014PL05M9OP001' },
      beneficiary: { slug: 'gmina-a', name: 'Gmina A' },
      partners: [
        { organisation: { slug: 'fundacja-b', country: 'IT' }, role: 'transnational_partner', note: 'partner z Włoch' },
      ],
      topics: [{ slug: 'rewitalizacja', namePl: 'Rewitalizacja', nameEn: 'Urban regeneration' }],
    });
  });

  it('refuses a taken slug and a taken contract number, naming the fields, and stores nothing', async () => {
    await createProject(database.db, fullProject);
    const attempt = createProject(database.db, { ...fullProject, title: 'Inny' });
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toMatchObject({
      code: 'invalid_input',
      problems: [expect.objectContaining({ path: 'slug' }), expect.objectContaining({ path: 'contractNumber' })],
    });
    expect(await countProjects(database.db)).toBe(1);
  });

  it('updates a project in place: new facts and parts replace the old, its own slug and contract number stay allowed', async () => {
    const { id } = await createProject(database.db, fullProject);
    await createProject(database.db, buildProjectInput({ slug: 'drugi', contractNumber: 'INNY-1' }));
    const changed: ProjectInput = {
      ...fullProject,
      title: 'Nowy tytuł',
      partners: [],
      funding: [{ source: 'eu', amount: money(97979880, 'PLN') }],
      updates: [],
    };
    await database.db.transaction().execute((trx) => updateProject(trx, id, changed));
    const stored = await findProjectBySlug(database.db, 'pelny-projekt');
    expect(stored).toMatchObject({ id, title: 'Nowy tytuł', partners: [], updates: [] });
    expect(stored?.funding).toEqual([{ source: 'eu', amount: money(97979880, 'PLN') }]);

    const clash = updateProject(database.db, id, { ...changed, slug: 'drugi', contractNumber: 'INNY-1' });
    await expect(clash).rejects.toMatchObject({
      code: 'invalid_input',
      problems: [expect.objectContaining({ path: 'slug' }), expect.objectContaining({ path: 'contractNumber' })],
    });
    await expect(updateProject(database.db, 999_999, changed)).rejects.toMatchObject({ code: 'not_found' });
    expect((await findProjectBySlug(database.db, 'pelny-projekt'))?.title).toBe('Nowy tytuł');
  });

  it('refuses references to unknown programmes, organisations and topics', async () => {
    const attempt = createProject(
      database.db,
      buildProjectInput({
        programmeSlug: 'nope',
        beneficiarySlug: 'nobody',
        topicSlugs: ['missing'],
        partners: [{ organisationSlug: 'ghost', role: 'partner', note: null }],
      }),
    );
    await expect(attempt).rejects.toMatchObject({
      problems: [
        expect.objectContaining({ path: 'programmeSlug' }),
        expect.objectContaining({ path: 'beneficiarySlug' }),
        expect.objectContaining({ path: 'partners.0.organisationSlug' }),
        expect.objectContaining({ path: 'topicSlugs.0' }),
      ],
    });
  });

  it('rolls back a whole transaction when one project in it fails', async () => {
    const attempt = database.db.transaction().execute(async (trx) => {
      await createProject(trx, buildProjectInput({ slug: 'pierwszy' }));
      await createProject(trx, buildProjectInput({ slug: 'drugi', totalValue: money(1, 'PLN') }));
    });
    await expect(attempt).rejects.toMatchObject({ code: 'invalid_input' });
    expect(await countProjects(database.db)).toBe(0);
  });

  it('hides drafts and archived projects from public reads', async () => {
    await createProject(database.db, buildProjectInput({ slug: 'szkic', editorialState: 'draft' }));
    await createProject(database.db, buildProjectInput({ slug: 'archiwum', editorialState: 'archived' }));
    await createProject(database.db, buildProjectInput({ slug: 'publiczny' }));
    expect(await findProjectBySlug(database.db, 'szkic')).toBeNull();
    expect(await findProjectBySlug(database.db, 'szkic', { includeUnpublished: true })).not.toBeNull();
    const page = await listProjectSummaries(database.db, {}, { page: 1, pageSize: 10 });
    expect(page.items.map((item) => item.slug)).toEqual(['publiczny']);
    expect((await sumProjects(database.db, {})).count).toBe(1);
  });

  it('filters, pages and sums per currency', async () => {
    await createProject(database.db, fullProject);
    for (let index = 1; index <= 4; index += 1) {
      await createProject(
        database.db,
        buildProjectInput({
          slug: `eur-${index}`,
          currency: 'EUR',
          status: 'completed',
          startDate: `202${index}-01-01`,
          endDate: `202${index}-12-31`,
          totalValue: money(1000_00, 'EUR'),
          cofinancing: money(850_00, 'EUR'),
        }),
      );
    }
    const firstPage = await listProjectSummaries(database.db, { status: 'completed' }, { page: 1, pageSize: 3 });
    expect(firstPage.total).toBe(4);
    expect(firstPage.items.map((item) => item.slug)).toEqual(['eur-4', 'eur-3', 'eur-2']);
    const secondPage = await listProjectSummaries(database.db, { status: 'completed' }, { page: 2, pageSize: 3 });
    expect(secondPage.items.map((item) => item.slug)).toEqual(['eur-1']);

    const byProgramme = await listProjectSummaries(database.db, { programmeSlug: 'power' }, { page: 1, pageSize: 10 });
    expect(byProgramme.items.map((item) => item.slug)).toEqual(['pelny-projekt']);
    const byTopic = await listProjectSummaries(database.db, { topicSlug: 'rewitalizacja' }, { page: 1, pageSize: 10 });
    expect(byTopic.total).toBe(1);

    const totals = await sumProjects(database.db, {});
    expect(totals.count).toBe(5);
    expect(totals.byCurrency).toEqual([
      {
        currency: 'PLN',
        count: 1,
        totalValue: money(101579880, 'PLN'),
        cofinancing: money(97979880, 'PLN'),
      },
      { currency: 'EUR', count: 4, totalValue: money(4000_00, 'EUR'), cofinancing: money(3400_00, 'EUR') },
    ]);
  });
});
