import type { ProjectInput } from '../../domain/project.js';
import { pln, SEED_DEFAULTS } from './seed-defaults.js';

const partnerCities = [
  'ajuntament-de-barcelona',
  'kobenhavns-kommune',
  'dimos-trikkaion',
  'metropole-de-lyon',
  'comune-di-napoli',
  'citta-di-torino',
  'primaria-municipiului-timisoara',
  'glasgow-city-council',
];

/** URB-INCLUSION, Kraków: an URBACT III network project (seed page 000). */
export const urbInclusion: ProjectInput = {
  ...SEED_DEFAULTS,
  slug: 'urb-inclusion',
  title: 'URB-INCLUSION',
  summary:
    'Kraków w sieci URBACT z ośmioma miastami Europy wypracowuje metody walki z ubóstwem miejskim i wykluczeniem społecznym, kontynuując na osiedlu Azory projekt USER.',
  description: [
    '<p>Projekt URB-INCLUSION ma być kontynuacją, realizowanego w latach 2013-2015 projektu USER.</p>',
    '<p>Tak jak we wszystkich projektach finansowanych z programu Urbact istnieją dwa poziomy realizacji:</p>',
    '<h3>Na szczeblu międzynarodowym (partnerskim)</h3>',
    '<p>Projekt realizowany w partnerstwie międzynarodowym z Barceloną, Kopenhagą, Trikalą, Lyonem, Neapolem, Turynem, Timisoarą i Glasgow. Każdy z partnerów wybiera obszar problemowy i wdraża na nim projekt pilotażowy. Poprzez wspólną analizę przypadków, metodą wynajdywania dobrych i złych praktyk wspólnie dochodzi się do stworzenia uniwersalnej metody pracy z interesariuszami lokalnymi. Działania polegać będą na spotkaniach bezpośrednich (seminaria międzynarodowe, wizyty studyjne, konferencje), a także na uzgodnieniach telefonicznych i mailowych oraz telekonferencjach z partnerami oraz ekspertami tematycznymi. Tematem wiodącym będą sprawy ubóstwa miejskiego oraz włączania społecznego i walki z wykluczeniami.</p>',
    '<h3>Na szczeblu lokalnym (w Krakowie)</h3>',
    '<p>Projekt URB-INCLUSION ma stanowić kontynuację projektu USER realizowanego w latach 2013-2015. Ma polegać na wdrożeniu pewnych działań (głównie dotyczących spraw społecznych i wykluczenia społecznego), które zostały wypracowane w ramach projektu USER i zawarte w Lokalnym Planie Działania dla obszaru blokowiska Azory. Organizowane będą cykliczne spotkania poprzez powtórne powołanie Lokalnej Grupy Wsparcia.</p>',
  ].join('\n'),
  goal: 'Wspólne z partnerami wypracowanie uniwersalnej metody pracy z interesariuszami lokalnymi oraz wdrożenie w Krakowie działań z Lokalnego Planu Działania dla obszaru blokowiska Azory. Tematem wiodącym są sprawy ubóstwa miejskiego oraz włączania społecznego i walki z wykluczeniami.',
  results: '',
  translations: {
    en: {
      title: 'URB-INCLUSION',
      summary:
        'In an URBACT network with eight European cities, Kraków develops ways to fight urban poverty and social exclusion, continuing the USER project on the Azory housing estate.',
      description: [
        '<p>URB-INCLUSION is meant to continue the USER project, carried out in 2013-2015.</p>',
        '<p>As in every project funded by the URBACT programme, the work happens at two levels:</p>',
        '<h3>International (among the partners)</h3>',
        '<p>The project is carried out in an international partnership with Barcelona, Copenhagen, Trikala, Lyon, Naples, Turin, Timișoara and Glasgow. Each partner chooses a problem area and runs a pilot project there. By analysing the cases together and looking for good and bad practice, the partners arrive at a universal method of working with local stakeholders. The work consists of face-to-face meetings (international seminars, study visits, conferences), as well as arrangements by telephone and e-mail and teleconferences with the partners and thematic experts. The lead theme is urban poverty, social inclusion and the fight against exclusion.</p>',
        '<h3>Local (in Kraków)</h3>',
        '<p>URB-INCLUSION continues the USER project carried out in 2013-2015. It puts into practice some of the actions (mainly on social affairs and social exclusion) that were worked out in USER and written into the Local Action Plan for the Azory housing estate. Regular meetings are held by setting up the Local Support Group again.</p>',
      ].join('\n'),
      goal: 'To work out, together with the partners, a universal method of working with local stakeholders, and to carry out in Kraków the actions of the Local Action Plan for the Azory housing estate. The lead theme is urban poverty, social inclusion and the fight against exclusion.',
    },
  },
  programmeSlug: 'urbact-iii',
  priorityAxis: null,
  measure: null,
  funds: ['ERDF'],
  period: '2014-2020',
  category: 'non_investment',
  status: 'in_progress',
  startDate: '2016-09-10',
  endDate: '2017-03-31',
  currency: 'PLN',
  totalValue: pln(33_500),
  cofinancing: pln(28_475),
  funding: [{ source: 'eu', amount: pln(28_475) }],
  topicSlugs: ['rewitalizacja', 'sprawy-spoleczne'],
  beneficiarySlug: 'gmina-miejska-krakow',
  partners: partnerCities.map((organisationSlug) => ({ organisationSlug, role: 'transnational_partner', note: null })),
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
      name: 'Faza przygotowawcza',
      startDate: '2016-09-10',
      endDate: '2017-03-31',
      durationMonths: 6,
      status: 'completed',
      description: 'Pierwsza faza wdrażania projektu (6 miesięcy).',
    },
    {
      name: 'Druga faza realizacji',
      startDate: null,
      endDate: null,
      durationMonths: 24,
      status: 'planned',
      description:
        'Rozszerzony wniosek aplikacyjny na kolejne 24 miesiące złożony w kwietniu 2017 r.; zatwierdzony 6 czerwca 2017 r.',
    },
  ],
  updates: [
    {
      date: '2017-03-31',
      datePrecision: 'day',
      title: 'Zakończyła się faza przygotowawcza',
      body: 'Zakończyła się pierwsza faza wdrażania projektu (faza przygotowawcza: 6 miesięcy).',
      translations: {
        en: {
          title: 'The preparatory phase has ended',
          body: 'The first phase of the project (the preparatory phase: 6 months) has ended.',
        },
      },
    },
    {
      date: '2017-04-01',
      datePrecision: 'month',
      title: 'Wniosek na drugą fazę złożony',
      body: 'W kwietniu 2017 roku został złożony rozszerzony wniosek aplikacyjny na kolejne 24 miesiące trwania projektu.',
      translations: {
        en: {
          title: 'Application for the second phase submitted',
          body: 'In April 2017 an extended application was submitted for the next 24 months of the project.',
        },
      },
    },
    {
      date: '2017-06-06',
      datePrecision: 'day',
      title: 'Druga faza zatwierdzona',
      body: 'W dniu 6 czerwca otrzymaliśmy informację, że projekt zakwalifikował się do drugiej fazy realizacji.',
      translations: {
        en: {
          title: 'Second phase approved',
          body: 'On 6 June we were told that the project had qualified for the second phase.',
        },
      },
    },
  ],
  relations: [
    { kind: 'continues', targetSlug: null, targetTitle: 'USER', note: 'projekt URBACT realizowany w latach 2013-2015' },
  ],
  groups: [
    {
      name: 'Lokalna Grupa Wsparcia',
      description:
        'Grupa powołana z osób bezpośrednio lub pośrednio zainteresowanych problematyką obszaru blokowiska Azory; spotyka się cyklicznie.',
      members: [
        'przedstawiciele mieszkańców',
        'przedsiębiorcy działający lokalnie',
        'przedstawiciele spółdzielni i wspólnot mieszkaniowych',
        'radni dzielnicy',
        'Urząd Miasta Krakowa (UMK)',
        'Miejski Ośrodek Pomocy Społecznej (MOPS)',
        'Zarząd Budynków Komunalnych (ZBK)',
      ],
    },
  ],
  contact: { name: 'Urząd Miasta Krakowa', email: null, phone: null, note: null },
};
