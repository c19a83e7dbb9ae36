import { money } from '../../src/domain/money.js';
import type { Place, ProjectInput } from '../../src/domain/project.js';
import { createProject } from '../../src/services/projects/create-project.js';
import { insertOrganisation } from '../../src/storage/repositories/organisation-repository.js';
import { buildOrganisationInput, buildProjectInput } from '../factories/project.js';
import { createDemoDatabase, type TestDatabase } from './database.js';

/** A place in Poland, as the project forms record one. */
export function placeIn(city: string, voivodeship: string, teryt: string | null): Place {
  return {
    label: city,
    country: 'PL',
    voivodeship,
    county: null,
    municipality: city,
    teryt,
    city,
    areaName: null,
    latitude: null,
    longitude: null,
  };
}

const LODZ = placeIn('Łódź', 'łódzkie', '1061011');
const KRAKOW = placeIn('Kraków', 'małopolskie', '1261011');

/** Projects written for the search tests: each title tests one thing a reader would type. */
export const SEARCH_PROJECTS: readonly ProjectInput[] = [
  buildProjectInput({
    slug: 'zlobek-w-lodzi',
    title: 'Żłobek „Pod Tęczą” w Łodzi',
    summary: 'Nowe miejsca opieki dla dzieci do lat trzech w Łodzi.',
    description: '<p>Adaptacja parteru kamienicy na <strong>żłobek</strong> dla 60 dzieci.</p>',
    programmeSlug: 'rpo-lodzkie-2014-2020',
    topicSlugs: ['edukacja', 'sprawy-spoleczne'],
    funds: ['ERDF'],
    category: 'investment',
    status: 'completed',
    startDate: '2019-03-01',
    endDate: '2020-06-30',
    totalValue: money(2_000_000_00, 'PLN'),
    cofinancing: money(1_700_000_00, 'PLN'),
    places: [LODZ],
    beneficiarySlug: 'miasto-lodz',
  }),
  buildProjectInput({
    slug: 'lodz-tampere',
    title: 'Smart city partnership of Lodz and Tampere',
    summary: 'The City of Lodz and Tampere share open data on public transport.',
    description: '<p>Written in English, without Polish letters.</p>',
    programmeSlug: 'urbact-iii',
    topicSlugs: ['cyfryzacja', 'wspolpraca-miedzynarodowa'],
    funds: ['ERDF'],
    category: 'non_investment',
    status: 'in_progress',
    startDate: '2023-01-15',
    endDate: '2025-12-31',
    currency: 'EUR',
    totalValue: money(500_000_00, 'EUR'),
    cofinancing: money(400_000_00, 'EUR'),
    partners: [{ organisationSlug: 'tampereen-kaupunki', role: 'transnational_partner', note: null }],
  }),
  buildProjectInput({
    slug: 'rewitalizacja-rynku-podgorskiego',
    title: 'Rewitalizacja Rynku Podgórskiego w Krakowie',
    summary: 'Przebudowa placu i odnowa pierzei.',
    description: '<p>Projekt obejmuje nową nawierzchnię i zieleń.</p>',
    programmeSlug: 'rpo-malopolska-2014-2020',
    topicSlugs: ['rewitalizacja'],
    funds: ['ERDF'],
    category: 'investment',
    status: 'completed',
    startDate: '2017-05-01',
    endDate: '2019-10-31',
    totalValue: money(12_500_000_00, 'PLN'),
    cofinancing: money(9_000_000_00, 'PLN'),
    places: [KRAKOW],
    beneficiarySlug: 'gmina-miejska-krakow',
  }),
  buildProjectInput({
    slug: 'nowa-hala-sportowa',
    title: 'Nowa hala sportowa w Sopocie',
    summary: 'Hala z widownią na 500 miejsc.',
    topicSlugs: ['sprawy-spoleczne'],
    status: 'planned',
    startDate: '2026-09-01',
    endDate: '2028-06-30',
    totalValue: money(30_000_000_00, 'PLN'),
    cofinancing: null,
    places: [placeIn('Sopot', 'pomorskie', '2264011')],
  }),
  buildProjectInput({
    slug: 'hala-targowa',
    title: 'Hala targowa odzyskuje elewację, nowa posadzka w pasażu',
    summary: 'Remont zabytkowej hali targowej.',
    status: 'completed',
    startDate: '2015-02-01',
    endDate: '2016-12-31',
    totalValue: money(800_000_00, 'PLN'),
    cofinancing: money(600_000_00, 'PLN'),
    places: [KRAKOW],
  }),
  buildProjectInput({
    slug: 'remont-parku-srem',
    title: 'Remont parku miejskiego w Śremie',
    summary: 'Nowe alejki i oświetlenie parku.',
    topicSlugs: ['srodowisko'],
    status: 'completed',
    startDate: '2018-04-01',
    totalValue: money(900_000_00, 'PLN'),
    cofinancing: money(700_000_00, 'PLN'),
    places: [placeIn('Śrem', 'wielkopolskie', '3026044')],
  }),
  buildProjectInput({
    slug: 'park-kieszonkowy-szczecin',
    title: 'Park kieszonkowy w Szczecinie',
    summary: 'Zieleń między kamienicami zamiast parkingu.',
    topicSlugs: ['srodowisko'],
    status: 'in_progress',
    startDate: '2024-04-01',
    endDate: '2026-12-31',
    totalValue: money(150_000_00, 'PLN'),
    cofinancing: money(120_000_00, 'PLN'),
    places: [placeIn('Szczecin', 'zachodniopomorskie', '3262011')],
  }),
  // Nine titles in Polish alphabetical order; each summary has the word "kwerenda" to find them together.
  ...[
    'Lubelskie archiwum cyfrowe',
    'Lwowskie zbiory w bibliotece',
    'Łódzkie kino studyjne',
    'Sopockie molo w fotografii',
    'Szczecińskie stocznie – historia mówiona',
    'Śremskie rzemiosło',
    'Zakopiańskie zdobnictwo',
    'Źródła do dziejów Mazur',
    'Żyrardowskie zakłady lniarskie',
  ].map((title, index) =>
    buildProjectInput({
      // Inserted out of order, so that title order is not insertion order.
      slug: `kwerenda-${(index * 4) % 9}`,
      title,
      summary: `Kwerenda archiwalna numer ${index + 1}.`,
      topicSlugs: ['kultura'],
      status: 'completed',
      startDate: `20${10 + index}-01-01`,
      totalValue: index === 4 ? null : money((index + 1) * 100_000_00, 'PLN'),
      cofinancing: null,
    }),
  ),
  buildProjectInput({
    slug: 'tajny-szkic',
    title: 'Żłobek w Łodzi – szkic wniosku',
    summary: 'Wersja robocza, niepublikowana.',
    editorialState: 'draft',
    places: [LODZ],
  }),
];

/** The demo catalogue (programmes, topics, the two seed projects) plus the search projects above. */
export async function createSearchRegistry(): Promise<TestDatabase> {
  const database = await createDemoDatabase(0);
  await insertOrganisation(
    database.db,
    buildOrganisationInput({ slug: 'miasto-lodz', name: 'Miasto Łódź', kind: 'municipality', city: 'Łódź' }),
  );
  await insertOrganisation(
    database.db,
    buildOrganisationInput({ slug: 'tampereen-kaupunki', name: 'Tampereen kaupunki', country: 'FI', city: 'Tampere' }),
  );
  for (const project of SEARCH_PROJECTS) await createProject(database.db, project);
  return database;
}
