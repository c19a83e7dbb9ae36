/** Header rows of the official lists, as the ministry writes them (bilingual 2014-2020). */
export const OFFICIAL_2014_HEADERS = [
  'Tytuł projektu / Project title',
  'Skrócony opis / Short description',
  'Numer umowy/decyzji / Contract/decision number',
  'Nazwa beneficjenta / Beneficiary name',
  'Fundusz / Fund',
  'Program / Programme',
  'Priorytet / Priority',
  'Działanie / Measure',
  'Poddziałanie / Submeasure',
  'Wartość projektu (w zł, dla projektów EWT w euro) / Total project value (PLN, ETC projects in EUR)',
  'Wydatki kwalifikowalne (w zł, dla projektów EWT w euro) / Eligible expenditure',
  'Wartość unijnego dofinansowania (w zł, dla projektów EWT w euro) / EU co-financing',
  'Poziom unijnego dofinansowania (w procentach) / EU co-financing rate (%)',
  'Forma finansowania / Form of finance',
  'Miejsce realizacji projektu / Location',
  'Typ obszaru, na którym realizowany jest projekt / Type of area',
  'Data rozpoczęcia realizacji projektu / Project start date',
  'Data zakończenia realizacji projektu / Project end date',
  'Projekt konkursowy czy pozakonkursowy / Competitive or not',
  'Dziedzina działalności gospodarczej, której dotyczy projekt / Economic activity',
  'Obszar wsparcia projektu (category of intervention)',
  'Cel projektu (thematic objective)',
  'Cel uzupełniający dla projektów EFS / Secondary theme (ESF)',
  'Projekt realizowany w ramach terytorialnych mechanizmów wdrażania / Territorial delivery',
  'Finansowanie zakończone (Tak/Nie) / Funding completed (Yes/No)',
];

/** The columns of the 2014-2020 list the registry has no place for, as the report names them. */
export const OFFICIAL_2014_NOT_IMPORTED = [
  'Forma finansowania / Form of finance',
  'Typ obszaru, na którym realizowany jest projekt / Type of area',
  'Projekt konkursowy czy pozakonkursowy / Competitive or not',
  'Dziedzina działalności gospodarczej, której dotyczy projekt / Economic activity',
  'Obszar wsparcia projektu (category of intervention)',
  'Cel projektu (thematic objective)',
  'Cel uzupełniający dla projektów EFS / Secondary theme (ESF)',
  'Projekt realizowany w ramach terytorialnych mechanizmów wdrażania / Territorial delivery',
];

type Row = (string | number)[];

function officialRow(fields: {
  title: string;
  summary?: string;
  contract: string;
  beneficiary: string;
  fund: string;
  programme: string;
  priority?: string;
  measure?: string;
  subMeasure?: string;
  total: string | number;
  eligible: string | number;
  eu: string | number;
  rate: string | number;
  place: string;
  start: string | number;
  end: string | number;
  finished: string;
}): Row {
  return [
    fields.title,
    fields.summary ?? '',
    fields.contract,
    fields.beneficiary,
    fields.fund,
    fields.programme,
    fields.priority ?? '',
    fields.measure ?? '',
    fields.subMeasure ?? '',
    fields.total,
    fields.eligible,
    fields.eu,
    fields.rate,
    'Dotacja',
    fields.place,
    'Miasta średnie',
    fields.start,
    fields.end,
    'Konkursowy',
    'Administracja publiczna',
    'Innowacje społeczne',
    '09',
    'Nie dotyczy',
    'Nie dotyczy',
    fields.finished,
  ];
}

/** Days since 1899-12-30, as Excel stores dates; `fraction` adds a time of day. */
export function excelSerial(iso: string, fraction = 0): number {
  return (Date.parse(`${iso}T00:00:00Z`) - Date.UTC(1899, 11, 30)) / 86_400_000 + fraction;
}

/**
 * Seven rows of the 2014-2020 list: four good ones (a POWER project, an Interreg project in
 * EUR written in scientific notation, a nationwide one, an RPO one whose beneficiary is
 * spelt as another row's), a bad number, a bad date, and eligible expenditure above the value.
 * `asSpreadsheet` gives amounts as numbers and dates as Excel serials, as XLSX cells hold them.
 */
export function official2014Rows(asSpreadsheet = false): Row[] {
  const amount = (text: string, value: number) => (asSpreadsheet ? value : text);
  const date = (text: string, iso: string, fraction = 0) => (asSpreadsheet ? excelSerial(iso, fraction) : text);
  return [
    officialRow({
      title: 'Hajnówka OdNowa. Kooperacja w rewitalizacji – doświadczenia z Reggio Emilia',
      summary: 'Wypracowanie modelu zlecania usług konsorcjom PES.',
      contract: 'POWR.04.03.00-00-0031/18-00',
      beneficiary: 'OŚRODEK WSPIERANIA ORGANIZACJI POZARZĄDOWYCH',
      fund: 'Europejski Fundusz Społeczny',
      programme: 'Program Operacyjny Wiedza Edukacja Rozwój',
      priority: 'IV Innowacje społeczne i współpraca ponadnarodowa',
      measure: '4.3 Współpraca ponadnarodowa',
      total: amount('1 015 798,80', 1015798.8),
      eligible: amount('1 015 798,80', 1015798.8),
      eu: amount('957 796,69', 957796.69),
      rate: amount('94,29', 94.29),
      place: 'WOJ.: PODLASKIE, POW.: hajnowski, GM.: Hajnówka - gmina miejska | WOJ.: PODLASKIE, POW.: Białystok',
      start: date('2018-07-01', '2018-07-01', 0.25),
      end: date('2021-09-28', '2021-09-28', 0.999),
      finished: 'Tak',
    }),
    officialRow({
      title: 'Wspólne dziedzictwo Tatr',
      contract: 'PLSK.01.01.00-00-0001/16-00',
      beneficiary: 'GMINA MIASTO ZAKOPANE',
      fund: 'Europejski Fundusz Rozwoju Regionalnego',
      programme: 'Program Współpracy Interreg V-A Polska-Słowacja 2014-2020',
      priority: '1 Ochrona i rozwój dziedzictwa',
      total: asSpreadsheet ? 23053722.04 : '2.305372204E7',
      eligible: amount('23 053 722,04', 23053722.04),
      eu: amount('19 595 663,73', 19595663.73),
      rate: '0.85',
      place: 'WOJ.: MAŁOPOLSKIE, POW.: tatrzański',
      start: asSpreadsheet ? excelSerial('2017-03-01') : '01.03.2017',
      end: asSpreadsheet ? excelSerial('2019-12-31') : '31/12/2019',
      finished: 'Nie',
    }),
    officialRow({
      title: 'Wsparcie systemu realizacji polityki spójności',
      contract: 'POPT.01.01.00-00-0001/16-00',
      beneficiary: 'Ministerstwo Funduszy i Polityki Regionalnej',
      fund: 'Fundusz Spójności',
      programme: 'Program Operacyjny Pomoc Techniczna',
      total: amount('200626162.00', 200626162),
      eligible: amount('200626162.00', 200626162),
      eu: amount('170 532 237,70', 170532237.7),
      rate: '85',
      place: 'Cały Kraj',
      start: date('2016-01-01', '2016-01-01'),
      end: date('2023-12-31', '2023-12-31'),
      finished: 'Nie',
    }),
    officialRow({
      title: 'Przebudowa drogi gminnej w Zakopanem',
      contract: 'RPMP.07.01.01-12-0100/17-00',
      beneficiary: 'Gmina Miasto Zakopane',
      fund: 'EFRR',
      programme: 'Regionalny Program Operacyjny Województwa Małopolskiego na lata 2014-2020',
      priority: '7 Infrastruktura transportowa',
      measure: '7.1 Infrastruktura drogowa',
      subMeasure: '7.1.1 Drogi subregionalne',
      total: amount('2 500 000,00', 2500000),
      eligible: amount('2 400 000,00', 2400000),
      eu: amount('2 040 000,00', 2040000),
      rate: amount('85,00', 85),
      place: 'WOJ.: MAŁOPOLSKIE, POW.: tatrzański, GM.: Zakopane - Gmina miej',
      start: date('2025-03-01', '2025-03-01'),
      end: date('2026-06-30', '2026-06-30'),
      finished: 'Nie',
    }),
    officialRow({
      title: 'Projekt z błędną kwotą',
      contract: 'RPMP.01.01.00-12-0001/17-00',
      beneficiary: 'Gmina Nowy Targ',
      fund: 'EFRR',
      programme: 'Regionalny Program Operacyjny Województwa Małopolskiego na lata 2014-2020',
      total: 'abc',
      eligible: amount('100,00', 100),
      eu: amount('85,00', 85),
      rate: '85',
      place: 'WOJ.: MAŁOPOLSKIE, POW.: nowotarski',
      start: date('2017-01-01', '2017-01-01'),
      end: date('2018-01-01', '2018-01-01'),
      finished: 'Tak',
    }),
    officialRow({
      title: 'Projekt z błędną datą',
      contract: 'RPMP.01.01.00-12-0002/17-00',
      beneficiary: 'Gmina Nowy Targ',
      fund: 'EFRR',
      programme: 'Regionalny Program Operacyjny Województwa Małopolskiego na lata 2014-2020',
      total: amount('100,00', 100),
      eligible: amount('100,00', 100),
      eu: amount('85,00', 85),
      rate: '85',
      place: 'WOJ.: MAŁOPOLSKIE, POW.: nowotarski',
      start: '2019-02-30',
      end: date('2020-01-01', '2020-01-01'),
      finished: 'Tak',
    }),
    officialRow({
      title: 'Projekt z kosztami ponad wartość',
      contract: 'RPMP.01.01.00-12-0003/17-00',
      beneficiary: 'Gmina Nowy Targ',
      fund: 'EFRR',
      programme: 'Regionalny Program Operacyjny Województwa Małopolskiego na lata 2014-2020',
      total: amount('100,00', 100),
      eligible: amount('150,00', 150),
      eu: amount('85,00', 85),
      rate: '85',
      place: 'WOJ.: MAŁOPOLSKIE, POW.: nowotarski',
      start: date('2017-01-01', '2017-01-01'),
      end: date('2018-01-01', '2018-01-01'),
      finished: 'Tak',
    }),
  ];
}
