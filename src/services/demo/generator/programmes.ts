import type { Fund, ProgrammingPeriod, VoivodeshipCode } from '../../../domain/codes.js';
import type { Currency } from '../../../domain/money.js';
import type { CodeName } from '../../../domain/project.js';
import { DEMO_PROGRAMMES } from '../catalogue.js';
import { escapeHtml } from './html.js';
import type { BeneficiaryRole } from './organisation-names.js';
import { PARTNER_COUNTRIES } from './places.js';
import { type WeightedTable, weightedTable } from './random.js';
import type { ThemeId } from './theme-types.js';

export interface MeasureProfile {
  readonly priorityAxis: CodeName;
  readonly measure: CodeName;
  readonly subMeasure: CodeName | null;
  readonly theme: ThemeId;
  /** A subset of the programme's funds. */
  readonly funds: readonly Fund[];
  /** Overrides the theme's usual beneficiaries, e.g. only universities. */
  readonly beneficiaries: readonly BeneficiaryRole[] | null;
  /** Regional competitions put the voivodeship's code into the contract number instead of 00. */
  readonly regional: boolean;
  /** 2021-2027 numbers name the intermediate body, e.g. IP.01. */
  readonly intermediateBody: number;
  /** The measure as a contract number writes it: "04.03.00" (2007-2020) or "02.10" (2021-2027). */
  readonly contractSegments: string;
}

export interface ProgrammeProfile {
  readonly slug: string;
  readonly name: string;
  readonly htmlName: string;
  readonly period: ProgrammingPeriod;
  readonly contractPrefix: string | null;
  /** Where a regional or cross-border programme may fund projects; null for the whole country. */
  readonly voivodeships: readonly VoivodeshipCode[] | null;
  readonly currency: Currency;
  /** Where foreign partners of its cooperation measures come from. */
  readonly partnerCountries: readonly string[];
  /** National infrastructure programmes fund larger projects than regional ones. */
  readonly valueFactor: number;
  readonly measures: WeightedTable<MeasureProfile>;
}

interface MeasureSpec {
  readonly axis: readonly [code: string, name: string];
  readonly measure: readonly [code: string, name: string];
  readonly sub?: readonly [code: string, name: string];
  readonly theme: ThemeId;
  readonly funds?: readonly Fund[];
  readonly roles?: readonly BeneficiaryRole[];
  readonly regional?: boolean;
  readonly body?: number;
  readonly weight?: number;
}

interface ProgrammeSpec {
  readonly weight: number;
  readonly prefix: string | null;
  readonly voivodeships?: readonly VoivodeshipCode[];
  readonly currency?: Currency;
  readonly partnerCountries?: readonly string[];
  readonly valueFactor?: number;
  readonly measures: readonly MeasureSpec[];
}

const codeName = ([code, name]: readonly [string, string]): CodeName => ({ code, name });

const twoDigits = (part: string | undefined): string => (part ?? '0').padStart(2, '0');

/** "4.3" with sub-measure "4.3.1" → "04.03.01"; 2021-2027 numbers stop at the measure. */
function contractSegments(period: ProgrammingPeriod, measureCode: string, subCode: string | undefined): string {
  const [axis, measure] = measureCode.split('.');
  if (period === '2021-2027') return `${twoDigits(axis)}.${twoDigits(measure)}`;
  return `${twoDigits(axis)}.${twoDigits(measure)}.${twoDigits(subCode?.split('.')[2])}`;
}

/** Ties a profile to its catalogue entry; a fund outside the programme's is a data error. */
function programme(slug: string, spec: ProgrammeSpec): readonly [ProgrammeProfile, number] {
  const catalogued = DEMO_PROGRAMMES.find((entry) => entry.slug === slug);
  if (!catalogued) throw new Error(`Demo programme ${slug} is not in the catalogue`);
  const measures = spec.measures.map((measure): readonly [MeasureProfile, number] => {
    const funds = measure.funds ?? catalogued.funds.slice(0, 1);
    const stray = funds.find((fund) => !catalogued.funds.includes(fund));
    if (stray) throw new Error(`${slug} ${measure.measure[0]}: fund ${stray} is not one of the programme's`);
    const profile: MeasureProfile = {
      priorityAxis: codeName(measure.axis),
      measure: codeName(measure.measure),
      subMeasure: measure.sub ? codeName(measure.sub) : null,
      theme: measure.theme,
      funds,
      beneficiaries: measure.roles ?? null,
      regional: measure.regional ?? false,
      intermediateBody: measure.body ?? 1,
      contractSegments: contractSegments(catalogued.period, measure.measure[0], measure.sub?.[0]),
    };
    return [profile, measure.weight ?? 1];
  });
  const profile: ProgrammeProfile = {
    slug,
    name: catalogued.name,
    htmlName: escapeHtml(catalogued.name),
    period: catalogued.period,
    contractPrefix: spec.prefix,
    voivodeships: spec.voivodeships ?? null,
    currency: spec.currency ?? 'PLN',
    partnerCountries: spec.partnerCountries ?? [],
    valueFactor: spec.valueFactor ?? 1,
    measures: weightedTable(measures),
  };
  return [profile, spec.weight];
}

const ALL_PARTNER_COUNTRIES = Object.keys(PARTNER_COUNTRIES);
const EASTERN_POLAND: readonly VoivodeshipCode[] = ['06', '18', '20', '26', '28'];

const ESF = ['ESF'] as const;
const ERDF = ['ERDF'] as const;
const CF = ['CF'] as const;

const POWER = programme('power-2014-2020', {
  weight: 13,
  prefix: 'POWR',
  partnerCountries: ALL_PARTNER_COUNTRIES.filter((country) => country !== 'DE'),
  measures: [
    {
      axis: ['I', 'Osoby młode na rynku pracy'],
      measure: ['1.2', 'Wsparcie osób młodych na regionalnym rynku pracy'],
      sub: ['1.2.1', 'Wsparcie udzielane z Europejskiego Funduszu Społecznego'],
      theme: 'labour',
      funds: ESF,
      regional: true,
      weight: 3,
    },
    {
      axis: ['I', 'Osoby młode na rynku pracy'],
      measure: ['1.2', 'Wsparcie osób młodych na regionalnym rynku pracy'],
      sub: ['1.2.2', 'Wsparcie udzielane z Inicjatywy na rzecz zatrudnienia ludzi młodych'],
      theme: 'labour',
      funds: ['YEI', 'ESF'],
      regional: true,
      weight: 2,
    },
    {
      axis: ['II', 'Efektywne polityki publiczne dla rynku pracy, gospodarki i edukacji'],
      measure: ['2.8', 'Rozwój usług społecznych świadczonych w środowisku lokalnym'],
      theme: 'social',
    },
    {
      axis: ['III', 'Szkolnictwo wyższe dla gospodarki i rozwoju'],
      measure: ['3.5', 'Kompleksowe programy szkół wyższych'],
      theme: 'higher_education',
      weight: 2,
    },
    {
      axis: ['IV', 'Innowacje społeczne i współpraca ponadnarodowa'],
      measure: ['4.1', 'Innowacje społeczne'],
      theme: 'social',
    },
    {
      axis: ['IV', 'Innowacje społeczne i współpraca ponadnarodowa'],
      measure: ['4.3', 'Współpraca ponadnarodowa'],
      theme: 'transnational',
      weight: 2,
    },
    {
      axis: ['V', 'Wsparcie dla obszaru zdrowia'],
      measure: ['5.1', 'Programy profilaktyczne'],
      theme: 'health_prevention',
    },
  ],
});

const POIIS = programme('poiis-2014-2020', {
  weight: 5,
  prefix: 'POIS',
  valueFactor: 3,
  measures: [
    {
      axis: ['I', 'Zmniejszenie emisyjności gospodarki'],
      measure: ['1.3', 'Wspieranie efektywności energetycznej w budynkach'],
      sub: ['1.3.1', 'Wspieranie efektywności energetycznej w budynkach użyteczności publicznej'],
      theme: 'energy',
      funds: CF,
      weight: 3,
    },
    {
      axis: ['II', 'Ochrona środowiska, w tym adaptacja do zmian klimatu'],
      measure: ['2.3', 'Gospodarka wodno-ściekowa w aglomeracjach'],
      theme: 'environment',
      funds: CF,
      weight: 3,
    },
    {
      axis: ['VI', 'Rozwój niskoemisyjnego transportu zbiorowego w miastach'],
      measure: ['6.1', 'Rozwój publicznego transportu zbiorowego w miastach'],
      theme: 'transport',
      funds: ERDF,
      weight: 2,
    },
    {
      axis: ['VIII', 'Ochrona dziedzictwa kulturowego i rozwój zasobów kultury'],
      measure: ['8.1', 'Ochrona dziedzictwa kulturowego i rozwój zasobów kultury'],
      theme: 'culture',
      funds: ERDF,
    },
    {
      axis: ['IX', 'Wzmocnienie strategicznej infrastruktury ochrony zdrowia'],
      measure: ['9.1', 'Infrastruktura ratownictwa medycznego'],
      theme: 'health_infrastructure',
      funds: ERDF,
    },
  ],
});

const POIR = programme('poir-2014-2020', {
  weight: 7,
  prefix: 'POIR',
  measures: [
    {
      axis: ['I', 'Wsparcie prowadzenia prac B+R przez przedsiębiorstwa'],
      measure: ['1.1', 'Projekty B+R przedsiębiorstw'],
      sub: ['1.1.1', 'Badania przemysłowe i prace rozwojowe realizowane przez przedsiębiorstwa'],
      theme: 'research',
      roles: ['firm'],
      weight: 4,
    },
    {
      axis: ['III', 'Wsparcie innowacji w przedsiębiorstwach'],
      measure: ['3.2', 'Wsparcie wdrożeń wyników prac B+R'],
      sub: ['3.2.1', 'Badania na rynek'],
      theme: 'entrepreneurship',
      weight: 2,
    },
    {
      axis: ['IV', 'Zwiększenie potencjału naukowo-badawczego'],
      measure: ['4.1', 'Badania naukowe i prace rozwojowe'],
      sub: ['4.1.4', 'Projekty aplikacyjne'],
      theme: 'research',
      roles: ['university'],
      weight: 2,
    },
  ],
});

const POPC = programme('popc-2014-2020', {
  weight: 3,
  prefix: 'POPC',
  valueFactor: 1.5,
  measures: [
    {
      axis: ['I', 'Powszechny dostęp do szybkiego Internetu'],
      measure: [
        '1.1',
        'Wyeliminowanie terytorialnych różnic w możliwości dostępu do szerokopasmowego internetu o wysokich przepustowościach',
      ],
      theme: 'broadband',
    },
    {
      axis: ['II', 'E-administracja i otwarty rząd'],
      measure: ['2.1', 'Wysoka dostępność i jakość e-usług publicznych'],
      theme: 'e_services',
      weight: 2,
    },
    {
      axis: ['III', 'Cyfrowe kompetencje społeczeństwa'],
      measure: ['3.1', 'Działania szkoleniowe na rzecz rozwoju kompetencji cyfrowych'],
      theme: 'digital_skills',
      weight: 2,
    },
  ],
});

const POPW = programme('popw-2014-2020', {
  weight: 3,
  prefix: 'POPW',
  voivodeships: EASTERN_POLAND,
  measures: [
    {
      axis: ['I', 'Przedsiębiorcza Polska Wschodnia'],
      measure: ['1.1', 'Platformy startowe dla nowych pomysłów'],
      sub: ['1.1.2', 'Rozwój startupów w Polsce Wschodniej'],
      theme: 'entrepreneurship',
    },
    {
      axis: ['II', 'Nowoczesna infrastruktura transportowa'],
      measure: ['2.1', 'Zrównoważony transport miejski'],
      theme: 'transport',
      roles: ['municipality'],
    },
  ],
});

const URBACT = programme('urbact-iii', {
  weight: 1.5,
  prefix: null,
  currency: 'EUR',
  partnerCountries: ALL_PARTNER_COUNTRIES.filter((country) => country !== 'UA'),
  measures: [
    {
      axis: ['1', 'Promowanie zintegrowanego zrównoważonego rozwoju obszarów miejskich'],
      measure: ['1.1', 'Sieci planowania działań (Action Planning Networks)'],
      theme: 'urban_network',
      weight: 2,
    },
    {
      axis: ['1', 'Promowanie zintegrowanego zrównoważonego rozwoju obszarów miejskich'],
      measure: ['1.2', 'Sieci transferu dobrych praktyk (Transfer Networks)'],
      theme: 'urban_network',
    },
  ],
});

/** Regional programmes share one shape: a prefix, a voivodeship and themed measures. */
function regionalProgramme(
  slug: string,
  weight: number,
  prefix: string,
  voivodeship: VoivodeshipCode,
  measures: readonly MeasureSpec[],
) {
  return programme(slug, {
    weight,
    prefix,
    voivodeships: [voivodeship],
    measures: measures.map((measure) => ({ ...measure, regional: true })),
  });
}

const RPO_MALOPOLSKA = regionalProgramme('rpo-malopolska-2014-2020', 11, 'RPMP', '12', [
  {
    axis: ['I', 'Gospodarka wiedzy'],
    measure: ['1.2', 'Badania i innowacje w przedsiębiorstwach'],
    theme: 'research',
    roles: ['firm'],
  },
  {
    axis: ['IV', 'Regionalna polityka energetyczna'],
    measure: ['4.3', 'Poprawa efektywności energetycznej w sektorze publicznym i mieszkaniowym'],
    theme: 'energy',
    weight: 2,
  },
  { axis: ['VII', 'Infrastruktura transportowa'], measure: ['7.1', 'Infrastruktura drogowa'], theme: 'transport' },
  { axis: ['VIII', 'Rynek pracy'], measure: ['8.2', 'Aktywizacja zawodowa'], theme: 'labour', funds: ESF, weight: 2 },
  {
    axis: ['IX', 'Region spójny społecznie'],
    measure: ['9.2', 'Usługi społeczne i zdrowotne'],
    theme: 'social',
    funds: ESF,
    weight: 2,
  },
  {
    axis: ['X', 'Wspieranie rozwoju edukacji młodzieży'],
    measure: ['10.1', 'Rozwój kształcenia ogólnego'],
    theme: 'education',
    funds: ESF,
    weight: 2,
  },
  {
    axis: ['XI', 'Rewitalizacja przestrzeni regionalnej'],
    measure: ['11.1', 'Rewitalizacja miast średnich i małych'],
    theme: 'revitalisation',
    weight: 2,
  },
]);

const RPO_MAZOWSZE = regionalProgramme('rpo-mazowsze-2014-2020', 11, 'RPMA', '14', [
  {
    axis: ['I', 'Wykorzystanie działalności badawczo-rozwojowej w gospodarce'],
    measure: ['1.2', 'Działalność badawczo-rozwojowa przedsiębiorstw'],
    theme: 'research',
    roles: ['firm'],
  },
  {
    axis: ['IV', 'Przejście na gospodarkę niskoemisyjną'],
    measure: ['4.2', 'Efektywność energetyczna'],
    theme: 'energy',
    weight: 2,
  },
  { axis: ['V', 'Gospodarka przyjazna środowisku'], measure: ['5.3', 'Dziedzictwo kulturowe'], theme: 'culture' },
  {
    axis: ['VI', 'Jakość życia'],
    measure: ['6.2', 'Rewitalizacja obszarów zmarginalizowanych'],
    theme: 'revitalisation',
    weight: 2,
  },
  {
    axis: ['VIII', 'Rozwój rynku pracy'],
    measure: ['8.1', 'Aktywizacja zawodowa osób bezrobotnych'],
    theme: 'labour',
    funds: ESF,
    weight: 2,
  },
  {
    axis: ['IX', 'Wspieranie włączenia społecznego i walka z ubóstwem'],
    measure: ['9.1', 'Aktywizacja społeczno-zawodowa osób wykluczonych'],
    theme: 'social',
    funds: ESF,
    weight: 2,
  },
  {
    axis: ['X', 'Edukacja dla rozwoju regionu'],
    measure: ['10.1', 'Kształcenie i rozwój dzieci i młodzieży'],
    theme: 'education',
    funds: ESF,
    weight: 2,
  },
]);

const RPO_PODLASKIE = regionalProgramme('rpo-podlaskie-2014-2020', 6, 'RPPD', '20', [
  {
    axis: ['I', 'Wzmocnienie potencjału i konkurencyjności gospodarki regionu'],
    measure: ['1.3', 'Wsparcie rozwoju MŚP'],
    theme: 'entrepreneurship',
  },
  {
    axis: ['II', 'Przedsiębiorczość i aktywność zawodowa'],
    measure: ['2.1', 'Poprawa dostępu do zatrudnienia'],
    theme: 'labour',
    funds: ESF,
    weight: 2,
  },
  {
    axis: ['III', 'Kompetencje i kwalifikacje'],
    measure: ['3.1', 'Kształcenie i edukacja'],
    theme: 'education',
    funds: ESF,
  },
  { axis: ['V', 'Gospodarka niskoemisyjna'], measure: ['5.4', 'Efektywność energetyczna'], theme: 'energy' },
  {
    axis: ['VII', 'Poprawa spójności społecznej'],
    measure: ['7.1', 'Rozwój działań aktywnej integracji'],
    theme: 'social',
    funds: ESF,
    weight: 2,
  },
  {
    axis: ['VIII', 'Infrastruktura dla usług użyteczności publicznej'],
    measure: ['8.6', 'Inwestycje na rzecz rozwoju lokalnego'],
    theme: 'revitalisation',
  },
]);

const RPO_SLASKIE = regionalProgramme('rpo-slaskie-2014-2020', 12, 'RPSL', '24', [
  {
    axis: ['IV', 'Efektywność energetyczna, odnawialne źródła energii i gospodarka niskoemisyjna'],
    measure: [
      '4.3',
      'Efektywność energetyczna i odnawialne źródła energii w infrastrukturze publicznej i mieszkaniowej',
    ],
    theme: 'energy',
    weight: 2,
  },
  {
    axis: ['V', 'Ochrona środowiska i efektywne wykorzystanie zasobów'],
    measure: ['5.1', 'Gospodarka wodno-ściekowa'],
    theme: 'environment',
  },
  { axis: ['VI', 'Transport'], measure: ['6.1', 'Drogi wojewódzkie'], theme: 'transport' },
  {
    axis: ['VII', 'Regionalny rynek pracy'],
    measure: ['7.1', 'Aktywne formy przeciwdziałania bezrobociu'],
    theme: 'labour',
    funds: ESF,
    weight: 2,
  },
  {
    axis: ['IX', 'Włączenie społeczne'],
    measure: ['9.1', 'Aktywna integracja'],
    theme: 'social',
    funds: ESF,
    weight: 2,
  },
  {
    axis: ['X', 'Rewitalizacja oraz infrastruktura społeczna i zdrowotna'],
    measure: ['10.3', 'Rewitalizacja obszarów zdegradowanych'],
    theme: 'revitalisation',
    weight: 2,
  },
  {
    axis: ['XI', 'Wzmocnienie potencjału edukacyjnego'],
    measure: ['11.1', 'Ograniczenie przedwczesnego kończenia nauki szkolnej i zapewnienie równego dostępu do edukacji'],
    theme: 'education',
    funds: ESF,
  },
]);

const RPO_LODZKIE = regionalProgramme('rpo-lodzkie-2014-2020', 8, 'RPLD', '10', [
  {
    axis: ['IV', 'Gospodarka niskoemisyjna'],
    measure: ['4.2', 'Efektywność energetyczna'],
    theme: 'energy',
    weight: 2,
  },
  {
    axis: ['VI', 'Rewitalizacja i potencjał endogeniczny regionu'],
    measure: ['6.3', 'Rewitalizacja i rozwój potencjału społeczno-gospodarczego'],
    theme: 'revitalisation',
    weight: 2,
  },
  {
    axis: ['VII', 'Infrastruktura dla usług społecznych'],
    measure: ['7.1', 'Infrastruktura ochrony zdrowia'],
    theme: 'health_infrastructure',
  },
  { axis: ['VIII', 'Zatrudnienie'], measure: ['8.2', 'Aktywizacja zawodowa'], theme: 'labour', funds: ESF, weight: 2 },
  {
    axis: ['IX', 'Włączenie społeczne'],
    measure: ['9.1', 'Aktywna integracja osób zagrożonych wykluczeniem społecznym'],
    theme: 'social',
    funds: ESF,
  },
  {
    axis: ['XI', 'Edukacja, kwalifikacje i umiejętności'],
    measure: ['11.1', 'Wysoka jakość edukacji'],
    theme: 'education',
    funds: ESF,
    weight: 2,
  },
]);

const FENG = programme('feng-2021-2027', {
  weight: 8,
  prefix: 'FENG',
  measures: [
    {
      axis: ['1', 'Wsparcie dla przedsiębiorców'],
      measure: ['1.1', 'Ścieżka SMART'],
      theme: 'research',
      roles: ['firm'],
      weight: 4,
    },
    {
      axis: ['2', 'Środowisko sprzyjające innowacjom'],
      measure: ['2.4', 'Wsparcie infrastruktury badawczej'],
      theme: 'research',
      roles: ['university'],
      body: 2,
    },
    {
      axis: ['2', 'Środowisko sprzyjające innowacjom'],
      measure: ['2.10', 'Internacjonalizacja MŚP'],
      theme: 'entrepreneurship',
      weight: 2,
    },
  ],
});

const FERS = programme('fers-2021-2027', {
  weight: 8,
  prefix: 'FERS',
  partnerCountries: ALL_PARTNER_COUNTRIES,
  measures: [
    {
      axis: ['1', 'Umiejętności'],
      measure: ['1.5', 'Umiejętności w szkolnictwie wyższym'],
      theme: 'higher_education',
      weight: 2,
    },
    {
      axis: ['3', 'Dostępność i usługi dla osób z niepełnosprawnościami'],
      measure: ['3.1', 'Dostępność i usługi dla osób z niepełnosprawnościami'],
      theme: 'social',
      body: 3,
    },
    { axis: ['4', 'Innowacje społeczne'], measure: ['4.1', 'Innowacje społeczne'], theme: 'social', body: 2 },
    {
      axis: ['4', 'Innowacje społeczne'],
      measure: ['4.2', 'Współpraca ponadnarodowa'],
      theme: 'transnational',
      body: 2,
      weight: 2,
    },
  ],
});

const FENIKS = programme('feniks-2021-2027', {
  weight: 6,
  prefix: 'FENX',
  valueFactor: 3,
  measures: [
    {
      axis: ['1', 'Wsparcie sektorów energetyka i środowisko z Funduszu Spójności'],
      measure: ['1.1', 'Efektywność energetyczna'],
      theme: 'energy',
      funds: CF,
      weight: 3,
    },
    {
      axis: ['1', 'Wsparcie sektorów energetyka i środowisko z Funduszu Spójności'],
      measure: ['1.3', 'Gospodarka wodno-ściekowa'],
      theme: 'environment',
      funds: CF,
      body: 2,
      weight: 2,
    },
    {
      axis: ['2', 'Wsparcie sektorów energetyka i środowisko z Europejskiego Funduszu Rozwoju Regionalnego'],
      measure: ['2.4', 'Adaptacja do zmian klimatu'],
      theme: 'environment',
      funds: ERDF,
      body: 2,
    },
    { axis: ['5', 'Transport miejski'], measure: ['5.1', 'Transport miejski'], theme: 'transport', funds: CF, body: 3 },
    {
      axis: ['6', 'Zdrowie'],
      measure: ['6.1', 'Infrastruktura ochrony zdrowia'],
      theme: 'health_infrastructure',
      funds: ERDF,
    },
    { axis: ['7', 'Kultura'], measure: ['7.1', 'Ochrona dziedzictwa kulturowego'], theme: 'culture', funds: ERDF },
  ],
});

const INTERREG_PL_SN = programme('interreg-polska-saksonia-2021-2027', {
  weight: 3,
  prefix: 'PLSN',
  voivodeships: ['02', '08'],
  currency: 'EUR',
  partnerCountries: ['DE'],
  measures: [
    { axis: ['1', 'Zielone pogranicze'], measure: ['1.1', 'Adaptacja do zmian klimatu'], theme: 'cross_border' },
    {
      axis: ['3', 'Turystyczne pogranicze'],
      measure: ['3.1', 'Kultura i turystyka'],
      theme: 'cross_border',
      weight: 2,
    },
    {
      axis: ['4', 'Współpraca na pograniczu'],
      measure: ['4.1', 'Współpraca instytucji i mieszkańców'],
      theme: 'cross_border',
      weight: 2,
    },
  ],
});

const POKL = programme('pokl-2007-2013', {
  weight: 8,
  prefix: 'POKL',
  measures: [
    {
      axis: ['VI', 'Rynek pracy otwarty dla wszystkich'],
      measure: ['6.1', 'Poprawa dostępu do zatrudnienia oraz wspieranie aktywności zawodowej w regionie'],
      sub: ['6.1.1', 'Wsparcie osób pozostających bez zatrudnienia na regionalnym rynku pracy'],
      theme: 'labour',
      regional: true,
      weight: 3,
    },
    {
      axis: ['VII', 'Promocja integracji społecznej'],
      measure: ['7.2', 'Przeciwdziałanie wykluczeniu i wzmocnienie sektora ekonomii społecznej'],
      sub: ['7.2.1', 'Aktywizacja zawodowa i społeczna osób zagrożonych wykluczeniem społecznym'],
      theme: 'social',
      regional: true,
      weight: 2,
    },
    {
      axis: ['IX', 'Rozwój wykształcenia i kompetencji w regionach'],
      measure: ['9.1', 'Wyrównywanie szans edukacyjnych i zapewnienie wysokiej jakości usług edukacyjnych'],
      sub: ['9.1.2', 'Wyrównywanie szans edukacyjnych uczniów z grup o utrudnionym dostępie do edukacji'],
      theme: 'education',
      regional: true,
      weight: 2,
    },
    {
      axis: ['IV', 'Szkolnictwo wyższe i nauka'],
      measure: ['4.1', 'Wzmocnienie i rozwój potencjału dydaktycznego uczelni'],
      sub: ['4.1.1', 'Wzmocnienie potencjału dydaktycznego uczelni'],
      theme: 'higher_education',
    },
  ],
});

const POIG = programme('poig-2007-2013', {
  weight: 5,
  prefix: 'POIG',
  measures: [
    {
      axis: ['1', 'Badania i rozwój nowoczesnych technologii'],
      measure: ['1.4', 'Wsparcie projektów celowych'],
      theme: 'research',
      roles: ['firm'],
      regional: true,
      weight: 2,
    },
    {
      axis: ['4', 'Inwestycje w innowacyjne przedsięwzięcia'],
      measure: ['4.4', 'Nowe inwestycje o wysokim potencjale innowacyjnym'],
      theme: 'entrepreneurship',
      regional: true,
      weight: 2,
    },
    {
      axis: ['8', 'Społeczeństwo informacyjne – zwiększanie innowacyjności gospodarki'],
      measure: ['8.1', 'Wspieranie działalności gospodarczej w dziedzinie gospodarki elektronicznej'],
      theme: 'entrepreneurship',
      regional: true,
    },
  ],
});

/** Regional programmes and POWER dominate the registry, as they do the official lists. */
export const PROGRAMME_TABLE: WeightedTable<ProgrammeProfile> = weightedTable([
  RPO_SLASKIE,
  RPO_MAZOWSZE,
  RPO_MALOPOLSKA,
  RPO_LODZKIE,
  RPO_PODLASKIE,
  POWER,
  POIR,
  POIIS,
  POPC,
  POPW,
  URBACT,
  POKL,
  POIG,
  FENG,
  FERS,
  FENIKS,
  INTERREG_PL_SN,
]);
