import type { SpojniaDb } from '../../src/storage/database.js';
import { insertOrganisation } from '../../src/storage/repositories/organisation-repository.js';
import { insertProgramme } from '../../src/storage/repositories/programme-repository.js';
import { insertTopic } from '../../src/storage/repositories/topic-repository.js';
import { buildOrganisationInput } from '../factories/project.js';

/** Two organisations (A and B), a programme and a topic: enough for the editorial tests. */
export async function seedSmallRegistry(db: SpojniaDb): Promise<void> {
  await insertOrganisation(db, buildOrganisationInput({ slug: 'gmina-a', name: 'Gmina A', kind: 'municipality' }));
  await insertOrganisation(db, buildOrganisationInput({ slug: 'fundacja-b', name: 'Fundacja B' }));
  await insertOrganisation(
    db,
    buildOrganisationInput({ slug: 'partner-c', name: 'Partner C', country: 'IT', city: 'Reggio Emilia' }),
  );
  await insertProgramme(db, {
    slug: 'feng-2021-2027',
    code: '2021PL16RFPR001',
    name: 'Fundusze Europejskie dla Nowoczesnej Gospodarki',
    nameEn: 'European Funds for a Modern Economy',
    shortName: 'FENG',
    period: '2021-2027',
    funds: ['ERDF'],
    managingAuthority: null,
    website: null,
  });
  await insertTopic(db, { slug: 'rewitalizacja', namePl: 'Rewitalizacja', nameEn: 'Revitalisation' });
  await insertTopic(db, { slug: 'edukacja', namePl: 'Edukacja', nameEn: 'Education' });
}
