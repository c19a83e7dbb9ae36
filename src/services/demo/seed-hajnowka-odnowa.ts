import type { ProjectInput } from '../../domain/project.js';
import { pln, SEED_DEFAULTS } from './seed-defaults.js';

const goal =
  'Celem projektu jest rozwój funkcji społeczno-gospodarczych Miasta Hajnówka poprzez wdrożenie innowacyjnego modelu kooperacyjnego zarządzania usługami społecznymi w obszarze rewitalizacji Miasta Hajnówka we współpracy z partnerem włoskim z Reggio Emilia do 28 września 2021.';

/** Hajnówka OdNowa: a POWER 4.3 transnational cooperation project (seed page 001). */
export const hajnowkaOdnowa: ProjectInput = {
  ...SEED_DEFAULTS,
  slug: 'hajnowka-odnowa',
  title: 'Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia',
  summary:
    'Ośrodek Wspierania Organizacji Pozarządowych z Gminą Miejską Hajnówka i włoskim partnerem La Polveriera wypracowuje kooperacyjny model zarządzania usługami społecznymi w obszarze rewitalizacji Hajnówki.',
  description: [
    '<p>Ośrodek Wspierania Organizacji Pozarządowych w Białymstoku w partnerstwie z Gminą Miejską Hajnówka oraz partnerem ponadnarodowym z Włoch „La Polveriera” od 1 lipca 2018 roku realizuje projekt „Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia”, w ramach Programu Operacyjnego Wiedza Edukacja Rozwój, Oś Priorytetowa IV Innowacje społeczne i współpraca ponadnarodowa, Działanie 4.3 Współpraca ponadnarodowa.</p>',
    '<p>Rozwiązanie wypracowywane w ramach projektu, przez międzysektorową Grupę Inicjatywną, będzie wdrażane przy szerokiej współpracy partnerów lokalnych. Wypracowywane wspólnie z partnerem ponadnarodowym innowacyjne rozwiązanie będzie składać się z trzech komponentów:</p>',
    '<ol>',
    '<li>Modelu zlecania usług konsorcjom PES,</li>',
    '<li>Modelu zarządzania Konsorcjum PES oraz</li>',
    '<li>Modelu usług społecznych świadczonych przez konsorcjum PES.</li>',
    '</ol>',
    '<p>W szczególności realizatorom projektu zależy na wypracowaniu rozwiązań, które:</p>',
    '<ul>',
    '<li>pozwolą na wypracowanie trwałych rozwiązań dotychczas nie wprowadzanych na terenie miasta Hajnówka,</li>',
    '<li>oprą się na systemowym animowaniu, inkubowaniu i wspierania podmiotów sektora ekonomii społecznej,</li>',
    '<li>będą bazowały na trwałej systematycznej współpracy sektora publicznego, społecznego, gospodarczego i naukowego,</li>',
    '<li>będą dążyły do realizacji usług publicznych dostosowanych do potrzeb społeczności lokalnej w zrewitalizowanym budynku,</li>',
    '<li>uwzględnią lokalny potencjał oraz zasoby (plebiscyt/konkurs na lokalny motyw wykorzystywany w projekcie, wypracowanie społecznej koncepcji miejsca i otoczenia świadczenia usług społecznych, wykorzystanie na wzór La Polveriery rewitalizacji w skali mikro i makro, np. na poziomie mikro to techniki upcyclingu stosowane w pracy z grupami zagrożonymi wykluczeniem społecznym).</li>',
    '</ul>',
  ].join('\n'),
  goal,
  results:
    '<p>Mocną stroną efektów projektu będzie połączenie wielu usług w jeden pakiet oraz powstanie konsorcjum podmiotów ekonomii społecznej, które pozwoli połączyć siły, włączyć nawet małe organizacje pozarządowe i spółdzielnie socjalne do realizacji zadania oraz – na wzór praktyki z Reggio Emilia – współpraca ze środowiskiem naukowym – Politechniką Białostocką, Wydziałem Wzornictwa Przemysłowego.</p>',
  translations: {
    en: {
      title: 'Hajnówka OdNowa. Cooperation in revitalisation – experience from Reggio Emilia',
      summary:
        'The Centre for Supporting Non-Governmental Organisations, with the Municipality of Hajnówka and the Italian partner La Polveriera, develops a cooperative model of managing social services in the revitalisation area of Hajnówka.',
      goal: 'The goal of the project is to develop the social and economic functions of the town of Hajnówka by introducing an innovative cooperative model of managing social services in the revitalisation area of Hajnówka, in cooperation with the Italian partner from Reggio Emilia, by 28 September 2021.',
      results:
        '<p>The strength of the project’s results will be combining many services into one package and setting up a consortium of social-economy entities, which lets them join forces and bring even small non-governmental organisations and social cooperatives into the task, and – following the practice of Reggio Emilia – cooperation with the academic community: Białystok University of Technology, Faculty of Industrial Design.</p>',
    },
  },
  programmeSlug: 'power-2014-2020',
  priorityAxis: { code: 'IV', name: 'Innowacje społeczne i współpraca ponadnarodowa' },
  measure: { code: '4.3', name: 'Współpraca ponadnarodowa' },
  funds: ['ESF'],
  period: '2014-2020',
  category: 'non_investment',
  status: 'in_progress',
  startDate: '2018-07-01',
  endDate: '2021-09-28',
  currency: 'PLN',
  totalValue: pln(1_015_798, 80),
  cofinancing: pln(979_798, 80),
  funding: [
    { source: 'eu', amount: pln(957_796, 69) },
    { source: 'state_budget', amount: pln(22_002, 11) },
  ],
  topicSlugs: ['rewitalizacja', 'sprawy-spoleczne', 'ekonomia-spoleczna'],
  beneficiarySlug: 'owop-bialystok',
  partners: [
    { organisationSlug: 'gmina-miejska-hajnowka', role: 'partner', note: null },
    { organisationSlug: 'la-polveriera', role: 'transnational_partner', note: 'partner ponadnarodowy z Reggio Emilia' },
    {
      organisationSlug: 'politechnika-bialostocka',
      role: 'associated',
      note: 'współpraca ze środowiskiem naukowym: Wydział Wzornictwa Przemysłowego',
    },
  ],
  places: [
    {
      label: 'Hajnówka, obszar rewitalizacji',
      country: 'PL',
      voivodeship: 'podlaskie',
      county: 'hajnowski',
      municipality: 'Hajnówka',
      teryt: '2005011',
      city: 'Hajnówka',
      areaName: 'obszar rewitalizacji Miasta Hajnówka',
      latitude: 52.7433,
      longitude: 23.5811,
    },
  ],
  phases: [],
  updates: [
    {
      date: '2018-07-01',
      datePrecision: 'day',
      title: 'Start projektu',
      translations: {
        en: {
          title: 'The project starts',
          body: 'From 1 July 2018 the Centre for Supporting Non-Governmental Organisations, in partnership with the Municipality of Hajnówka and the transnational partner from Italy, La Polveriera, carries out the project.',
        },
      },
      body: 'Od 1 lipca 2018 roku Ośrodek Wspierania Organizacji Pozarządowych w partnerstwie z Gminą Miejską Hajnówka i partnerem ponadnarodowym z Włoch „La Polveriera” realizuje projekt.',
    },
  ],
  relations: [],
  groups: [
    {
      name: 'Grupa Inicjatywna',
      description:
        'Międzysektorowa grupa, która wypracowuje rozwiązanie wdrażane przy szerokiej współpracy partnerów lokalnych.',
      members: [],
    },
  ],
  contact: {
    name: 'Ośrodek Wspierania Organizacji Pozarządowych',
    email: null,
    phone: null,
    note: 'Jeśli jesteś zainteresowany informacjami o projekcie prosimy o kontakt.',
  },
};
