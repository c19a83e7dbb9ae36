import type { ProjectUpdate } from '../../src/domain/project.js';
import { createProject } from '../../src/services/projects/create-project.js';
import type { SpojniaDb } from '../../src/storage/database.js';
import { buildProjectInput } from '../factories/project.js';
import { seedSmallRegistry } from '../helpers/registry.js';

const update = (date: string, title: string, body: string, english?: ProjectUpdate['translations']): ProjectUpdate => ({
  date,
  datePrecision: 'day',
  title,
  body,
  translations: english,
});

/**
 * A small registry for the open-data tests: a published project of Gmina A with news (one
 * translated, one with a hostile title), a published project where Gmina A is a partner, and a
 * draft whose news must never leak.
 */
export async function seedNewsRegistry(db: SpojniaDb): Promise<void> {
  await seedSmallRegistry(db);
  await createProject(
    db,
    buildProjectInput({
      slug: 'park-a',
      title: 'Park w Gminie A',
      beneficiarySlug: 'gmina-a',
      updates: [
        update('2024-03-01', 'Otwarcie parku', 'Park jest otwarty.\n\nZapraszamy!', {
          en: { title: 'The park opens', body: 'The park is open.' },
        }),
        update(
          '2023-05-10',
          'Przetarg </title><script>alert(1)</script> & "cudzysłów"',
          'Tekst <b>nie</b> jest HTML-em',
        ),
      ],
    }),
  );
  await createProject(
    db,
    buildProjectInput({
      slug: 'szkola-b',
      title: 'Szkoła Fundacji B',
      beneficiarySlug: 'fundacja-b',
      partners: [{ organisationSlug: 'gmina-a', role: 'partner', note: null }],
      updates: [update('2024-06-15', 'Nowa pracownia', 'Pracownia gotowa.')],
    }),
  );
  await createProject(
    db,
    buildProjectInput({
      slug: 'szkic',
      title: 'Projekt w przygotowaniu',
      beneficiarySlug: 'gmina-a',
      editorialState: 'draft',
      updates: [update('2025-01-01', 'Tajna aktualność szkicu', 'Nie do publikacji.')],
    }),
  );
}
