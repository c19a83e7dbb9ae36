import {
  INVESTMENT_MILESTONES,
  INVESTMENT_PHASES,
  only,
  output,
  PUBLIC_BUILDINGS,
  result,
  STREETS,
  subject,
  type Theme,
  variant,
} from './theme-types.js';

const REVITALISED_AREAS = [
  'rynku',
  'Starego Miasta',
  'centrum miasta',
  'parku miejskiego',
  'terenów nadrzecznych',
  'dawnego dworca kolejowego',
  'placu targowego',
  'zabytkowego parku dworskiego',
];
const ADAPTED_BUILDINGS = [
  'dawnej szkoły',
  'dawnej łaźni miejskiej',
  'dawnego kina',
  'zabytkowej kamienicy',
  'dawnego młyna',
];

export const REVITALISATION: Theme = {
  id: 'revitalisation',
  topics: ['rewitalizacja', 'kultura', 'sprawy-spoleczne', 'srodowisko'],
  category: 'investment',
  beneficiaries: ['municipality', 'municipality', 'municipality', 'culture_centre', 'ngo'],
  medianValue: 2_500_000,
  valueSpread: 1.0,
  months: [12, 36],
  variants: [
    variant(
      (c) => `Rewitalizacja ${subject(c, REVITALISED_AREAS)} ${c.place.inTown}`,
      'Zakres prac obejmuje przebudowę nawierzchni, nowe oświetlenie, zieleń i małą architekturę.',
    ),
    variant(
      (c) => `Przebudowa przestrzeni publicznej ${subject(c, REVITALISED_AREAS)} ${c.place.inTown}`,
      'Inwestycję zaplanowano wspólnie z mieszkańcami podczas konsultacji społecznych.',
    ),
    variant(
      (c) => `Adaptacja ${c.random.pick(ADAPTED_BUILDINGS)} na centrum aktywności lokalnej ${c.place.inTown}`,
      'Odnowiony budynek zostanie przeznaczony na działalność społeczną, kulturalną i edukacyjną.',
      (c) =>
        `stworzenie miejsca aktywności społecznej i kulturalnej dla mieszkańców obszaru rewitalizacji ${c.place.inTown}`,
      [
        'przebudowa i remont budynku',
        'likwidacja barier architektonicznych',
        'wyposażenie sal warsztatowych i świetlicy',
        'zagospodarowanie otoczenia budynku',
        'konsultacje programu centrum z mieszkańcami',
      ],
    ),
    variant(
      (c) => `Rewitalizacja kwartału kamienic przy ulicy ${c.random.pick(STREETS)} ${c.place.inTown}`,
      'Remont obejmuje elewacje, dachy i podwórza kamienic oraz lokale przeznaczone na usługi.',
    ),
  ],
  goals: [
    (c) => `przywrócenie funkcji społecznych i gospodarczych zdegradowanego obszaru ${c.place.inTown}`,
    (c) =>
      `poprawa jakości przestrzeni publicznej i warunków życia mieszkańców obszaru rewitalizacji ${c.place.inTown}`,
  ],
  activities: [
    'przebudowa nawierzchni placów i ciągów pieszych',
    'nasadzenia drzew i krzewów oraz urządzenie terenów zielonych',
    'remont elewacji i dachów budynków',
    'montaż energooszczędnego oświetlenia',
    'likwidacja barier architektonicznych',
    'urządzenie placu zabaw i miejsc rekreacji',
    'konsultacje społeczne z mieszkańcami',
  ],
  indicators: [
    output('Powierzchnia obszarów objętych rewitalizacją', 'ha', 0.5, 30, 2),
    output('Liczba wspartych obiektów infrastruktury zlokalizowanych na rewitalizowanych obszarach', 'szt.', 1, 8),
    result('Liczba osób korzystających z obiektów objętych wsparciem', 'osoby/rok', 500, 40000),
  ],
  phases: INVESTMENT_PHASES,
  milestones: INVESTMENT_MILESTONES,
};

const EMISSIONS_CUT = result(
  'Szacowany roczny spadek emisji gazów cieplarnianych',
  'tony równoważnika CO2',
  20,
  2500,
  1,
);
const ENERGY_SAVED = result('Zmniejszenie rocznego zużycia energii pierwotnej', 'kWh/rok', 50000, 2000000);
const SOLAR_CAPACITY = output(
  'Dodatkowa zdolność wytwarzania energii elektrycznej ze źródeł odnawialnych',
  'MWe',
  0.02,
  1.5,
  2,
);

const BUILDING_WORKS = [
  'docieplenie ścian zewnętrznych i stropodachów',
  'wymiana stolarki okiennej i drzwiowej',
  'modernizacja instalacji centralnego ogrzewania',
  'montaż instalacji fotowoltaicznej',
  'wymiana oświetlenia na energooszczędne LED',
  'audyt energetyczny i dokumentacja projektowa',
];

export const ENERGY: Theme = {
  id: 'energy',
  topics: ['energia', 'srodowisko'],
  category: 'investment',
  beneficiaries: ['municipality', 'municipality', 'heat_company', 'shared_services', 'school', 'hospital'],
  medianValue: 1_800_000,
  valueSpread: 1.0,
  months: [8, 30],
  variants: [
    only(
      ['municipality', 'shared_services'],
      variant(
        (c) => `Termomodernizacja ${subject(c, PUBLIC_BUILDINGS)} ${c.place.inMunicipality}`,
        'Zakres prac obejmuje docieplenie ścian i stropów, wymianę okien oraz modernizację instalacji grzewczej.',
      ),
    ),
    only(
      ['municipality', 'school'],
      variant(
        (c) => `Termomodernizacja Szkoły Podstawowej nr ${c.random.int(1, 12)} ${c.place.inTown}`,
        'Prace poprzedził audyt energetyczny, który wskazał najbardziej opłacalne rozwiązania.',
      ),
    ),
    only(
      ['school'],
      variant(
        (c) => `Termomodernizacja budynków Zespołu Szkół Zawodowych nr 1 ${c.place.inTown}`,
        'Docieplenie budynków szkoły i nowa kotłownia obniżą rachunki za ogrzewanie.',
      ),
    ),
    only(
      ['hospital'],
      variant(
        (c) => `Poprawa efektywności energetycznej budynków szpitala ${c.place.inTown}`,
        'Docieplenie pawilonów szpitala, nowa kotłownia i panele fotowoltaiczne obniżą koszty energii.',
        (c) => `ograniczenie zużycia energii w budynkach szpitala ${c.place.inTown}`,
      ),
    ),
    only(
      ['municipality', 'shared_services'],
      variant(
        (c) => `Budowa instalacji fotowoltaicznych na budynkach użyteczności publicznej ${c.place.inMunicipality}`,
        'Panele fotowoltaiczne na dachach szkół i urzędu pokryją znaczną część ich zapotrzebowania na energię.',
        (c) => `zwiększenie udziału energii ze źródeł odnawialnych ${c.place.inMunicipality}`,
        [
          'montaż instalacji fotowoltaicznych',
          'montaż magazynów energii',
          'wdrożenie systemu monitorowania produkcji energii',
        ],
      ),
      [SOLAR_CAPACITY, EMISSIONS_CUT],
    ),
    only(
      ['municipality'],
      variant(
        (c) => `Wymiana źródeł ciepła w budynkach mieszkalnych ${c.place.inMunicipality}`,
        'Stare piece węglowe zostaną zastąpione pompami ciepła, kotłami gazowymi lub przyłączami do sieci ciepłowniczej.',
        (c) => `ograniczenie niskiej emisji z ogrzewania domów ${c.place.inMunicipality}`,
        [
          'likwidacja pieców węglowych',
          'montaż pomp ciepła',
          'przyłączenie budynków do sieci ciepłowniczej',
          'kampania informacyjna o czystym powietrzu',
        ],
      ),
      [output('Liczba zlikwidowanych źródeł niskiej emisji', 'szt.', 20, 600), EMISSIONS_CUT],
    ),
    only(
      ['municipality', 'roads_authority'],
      variant(
        (c) => `Modernizacja oświetlenia ulicznego ${c.place.inMunicipality}`,
        'Oprawy sodowe zostaną wymienione na energooszczędne lampy LED sterowane zdalnie.',
        (c) => `zmniejszenie zużycia energii na oświetlenie dróg i placów ${c.place.inMunicipality}`,
        [
          'wymiana opraw oświetleniowych na LED',
          'montaż systemu zdalnego sterowania oświetleniem',
          'wymiana słupów i okablowania',
        ],
      ),
      [output('Liczba zmodernizowanych punktów oświetleniowych', 'szt.', 80, 4000), ENERGY_SAVED],
    ),
    only(
      ['heat_company', 'municipality'],
      variant(
        (c) => `Rozbudowa sieci ciepłowniczej ${c.place.inTown}`,
        'Nowe odcinki sieci pozwolą przyłączyć budynki ogrzewane dotąd piecami węglowymi.',
        (c) => `ograniczenie niskiej emisji dzięki rozbudowie sieci ciepłowniczej ${c.place.inTown}`,
        [
          'budowa sieci ciepłowniczej preizolowanej',
          'budowa węzłów cieplnych',
          'przyłączenie budynków wielorodzinnych',
        ],
      ),
      [output('Długość nowej lub zmodernizowanej sieci ciepłowniczej', 'km', 0.5, 15, 2), EMISSIONS_CUT],
    ),
  ],

  goals: [
    (c) => `poprawa efektywności energetycznej budynków użyteczności publicznej ${c.place.inMunicipality}`,
    (c) => `ograniczenie zużycia energii i emisji gazów cieplarnianych ${c.place.inMunicipality}`,
  ],
  activities: BUILDING_WORKS,
  indicators: [
    output('Liczba zmodernizowanych energetycznie budynków', 'szt.', 1, 12),
    SOLAR_CAPACITY,
    EMISSIONS_CUT,
    ENERGY_SAVED,
  ],
  phases: INVESTMENT_PHASES,
  milestones: INVESTMENT_MILESTONES,
};

const TRIPS = result('Liczba przewozów pasażerskich komunikacją miejską', 'mln osób/rok', 0.5, 30, 1);
const ROADS_REBUILT = output('Całkowita długość przebudowanych dróg', 'km', 0.5, 30, 2);

export const TRANSPORT: Theme = {
  id: 'transport',
  topics: ['transport', 'srodowisko'],
  category: 'investment',
  beneficiaries: ['municipality', 'municipality', 'transport_company', 'roads_authority'],
  medianValue: 6_000_000,
  valueSpread: 1.2,
  months: [12, 40],
  variants: [
    only(
      ['municipality', 'roads_authority'],
      variant(
        (c) => `Budowa dróg dla rowerów ${c.place.inMunicipality}`,
        'Nowe drogi dla rowerów połączą osiedla mieszkaniowe z centrum, szkołami i dworcem.',
        undefined,
        ['budowa dróg dla rowerów', 'budowa stojaków i wiat rowerowych', 'przebudowa skrzyżowań', 'montaż oświetlenia'],
      ),
      [output('Długość wybudowanych dróg dla rowerów', 'km', 0.8, 25, 2), TRIPS],
    ),
    only(
      ['roads_authority', 'municipality'],
      variant(
        (c) =>
          `Przebudowa drogi wojewódzkiej nr ${c.random.int(700, 990)} na odcinku ${c.place.name} – ${c.otherPlace.name}`,
        'Inwestycja obejmuje poszerzenie jezdni, nowe chodniki i przebudowę skrzyżowań.',
        (c) =>
          `poprawa bezpieczeństwa i przepustowości drogi łączącej ${c.place.name} z miejscowością ${c.otherPlace.name}`,
        [
          'przebudowa i poszerzenie jezdni',
          'budowa chodników i zatok autobusowych',
          'przebudowa skrzyżowań',
          'budowa kanalizacji deszczowej',
        ],
      ),
      [ROADS_REBUILT],
    ),
    only(
      ['transport_company', 'municipality'],
      variant(
        (c) => `Zakup niskoemisyjnych autobusów dla komunikacji miejskiej ${c.place.inTown}`,
        'Nowe autobusy elektryczne zastąpią wysłużone pojazdy z silnikami diesla.',
        (c) => `zwiększenie udziału ekologicznego transportu zbiorowego w podróżach mieszkańców ${c.place.inTown}`,
        [
          'zakup autobusów elektrycznych',
          'budowa stacji ładowania w zajezdni',
          'szkolenie kierowców',
          'wdrożenie systemu informacji pasażerskiej',
        ],
      ),
      [output('Liczba zakupionych jednostek taboru pasażerskiego w komunikacji miejskiej', 'szt.', 2, 40), TRIPS],
    ),
    only(
      ['municipality'],
      variant(
        (c) => `Budowa centrum przesiadkowego ${c.place.inTown}`,
        'W jednym miejscu spotkają się pociągi, autobusy miejskie i regionalne oraz rowery.',
      ),
    ),
    only(
      ['municipality', 'roads_authority'],
      variant(
        (c) => `Przebudowa ulicy ${c.random.pick(STREETS)} ${c.place.inTown}`,
        'Inwestycja obejmuje przebudowę jezdni, chodników i skrzyżowań oraz budowę oświetlenia.',
      ),
      [ROADS_REBUILT],
    ),
  ],

  goals: [
    (c) => `poprawa dostępności komunikacyjnej i bezpieczeństwa ruchu ${c.place.inMunicipality}`,
    (c) => `zwiększenie udziału transportu zbiorowego i rowerowego w podróżach mieszkańców ${c.place.inTown}`,
  ],
  activities: [
    'przebudowa jezdni i skrzyżowań',
    'budowa chodników i dróg dla rowerów',
    'budowa zatok autobusowych i wiat przystankowych',
    'budowa parkingów w systemie „parkuj i jedź”',
    'montaż oświetlenia',
  ],
  indicators: [
    ROADS_REBUILT,
    output('Liczba wybudowanych lub przebudowanych przystanków i węzłów przesiadkowych', 'szt.', 1, 12),
    TRIPS,
  ],
  phases: INVESTMENT_PHASES,
  milestones: INVESTMENT_MILESTONES,
};

const SEWAGE_USERS = result(
  'Liczba dodatkowych osób korzystających z ulepszonego oczyszczania ścieków',
  'RLM',
  200,
  30000,
);
const RETENTION = output('Pojemność obiektów małej retencji', 'm3', 200, 50000);

export const ENVIRONMENT: Theme = {
  id: 'environment',
  topics: ['srodowisko'],
  category: 'investment',
  beneficiaries: ['municipality', 'municipality', 'water_company'],
  medianValue: 5_000_000,
  valueSpread: 1.1,
  months: [12, 36],
  variants: [
    only(
      ['municipality', 'water_company'],
      variant(
        (c) => `Budowa kanalizacji sanitarnej ${c.place.inMunicipality}`,
        'Projekt obejmuje budowę sieci kanalizacyjnej wraz z przyłączami do budynków mieszkalnych.',
        (c) => `uporządkowanie gospodarki wodno-ściekowej ${c.place.inMunicipality}`,
        ['budowa sieci kanalizacji sanitarnej', 'budowa przepompowni ścieków', 'budowa przyłączy do budynków'],
      ),
      [output('Długość wybudowanej kanalizacji sanitarnej', 'km', 1, 60, 2), SEWAGE_USERS],
    ),
    only(
      ['water_company', 'municipality'],
      variant(
        (c) => `Modernizacja oczyszczalni ścieków ${c.place.inTown}`,
        'Zmodernizowana oczyszczalnia spełni unijne normy jakości ścieków oczyszczonych.',
        (c) => `uporządkowanie gospodarki wodno-ściekowej ${c.place.inMunicipality}`,
        [
          'modernizacja części biologicznej oczyszczalni',
          'budowa instalacji do przeróbki osadów',
          'automatyka i monitoring pracy oczyszczalni',
        ],
      ),
      [output('Liczba zmodernizowanych oczyszczalni ścieków komunalnych', 'szt.', 1, 1), SEWAGE_USERS],
    ),
    only(
      ['municipality', 'water_company'],
      variant(
        (c) => `Zagospodarowanie wód opadowych i roztopowych ${c.place.inTown}`,
        'Zbiorniki retencyjne i ogrody deszczowe zatrzymają wodę opadową tam, gdzie spadła.',
        (c) => `ograniczenie skutków nawalnych deszczy i suszy ${c.place.inTown}`,
        ['budowa zbiorników retencyjnych', 'urządzenie ogrodów deszczowych', 'przebudowa kanalizacji deszczowej'],
      ),
      [RETENTION],
    ),
    only(
      ['municipality'],
      variant(
        (c) => `Budowa punktu selektywnej zbiórki odpadów komunalnych ${c.place.inMunicipality}`,
        'Mieszkańcy oddadzą w jednym miejscu odpady wielkogabarytowe, elektroodpady i odpady budowlane.',
        (c) => `zwiększenie poziomu recyklingu odpadów komunalnych ${c.place.inMunicipality}`,
        ['budowa punktu selektywnej zbiórki odpadów', 'zakup kontenerów', 'kampania edukacyjna dla mieszkańców'],
      ),
      [output('Dodatkowe możliwości przerobowe w zakresie recyklingu odpadów', 'Mg/rok', 200, 8000)],
    ),
    only(
      ['municipality'],
      variant(
        (c) => `Zielona i niebieska infrastruktura – adaptacja do zmian klimatu ${c.place.inTown}`,
        'Nowe tereny zieleni, zbiorniki retencyjne i zacienione place ochronią mieszkańców przed upałami i podtopieniami.',
        (c) => `zwiększenie odporności ${c.place.city ? 'miasta' : 'gminy'} na skutki zmian klimatu`,
        [
          'urządzenie ogrodów deszczowych',
          'nasadzenia drzew',
          'budowa zbiorników retencyjnych',
          'rozszczelnienie nawierzchni placów',
        ],
      ),
      [RETENTION, output('Powierzchnia terenów zieleni utworzonych lub odnowionych', 'ha', 0.2, 12, 2)],
    ),
  ],

  goals: [(c) => `poprawa stanu środowiska i jakości życia mieszkańców ${c.place.inMunicipality}`],
  activities: [
    'prace przygotowawcze i dokumentacja',
    'roboty budowlane',
    'nadzór inwestorski',
    'kampania edukacyjna dla mieszkańców',
  ],
  indicators: [SEWAGE_USERS, RETENTION],
  phases: INVESTMENT_PHASES,
  milestones: INVESTMENT_MILESTONES,
};

const VISITS = result(
  'Wzrost oczekiwanej liczby odwiedzin w objętych wsparciem miejscach dziedzictwa',
  'odwiedziny/rok',
  500,
  60000,
);

const MONUMENTS = ['kościoła parafialnego', 'dworu', 'ratusza', 'spichlerza', 'synagogi', 'pałacu'];
const CONSERVATION_WORKS = [
  'prace konserwatorskie i restauratorskie',
  'wzmocnienie konstrukcji i wymiana pokrycia dachu',
  'przystosowanie obiektu dla osób z niepełnosprawnościami',
  'przygotowanie oferty edukacyjnej i turystycznej',
];

export const CULTURE: Theme = {
  id: 'culture',
  topics: ['kultura', 'rewitalizacja'],
  category: 'investment',
  beneficiaries: ['municipality', 'municipality', 'museum', 'culture_centre', 'library'],
  medianValue: 2_000_000,
  valueSpread: 1.0,
  months: [12, 36],
  variants: [
    only(
      ['municipality', 'museum'],
      variant(
        (c) => `Renowacja zabytkowego ${subject(c, MONUMENTS)} ${c.place.inTown}`,
        'Prace konserwatorskie prowadzone są pod nadzorem wojewódzkiego konserwatora zabytków.',
        (c) => `zachowanie zabytkowego ${subject(c, MONUMENTS)} i udostępnienie go mieszkańcom i turystom`,
        CONSERVATION_WORKS,
      ),
      [output('Liczba zabytków nieruchomych objętych wsparciem', 'szt.', 1, 2), VISITS],
    ),
    only(
      ['culture_centre', 'municipality'],
      variant(
        (c) =>
          `Modernizacja ${c.place.city ? 'Miejskiego Domu Kultury' : 'Gminnego Ośrodka Kultury'} ${c.place.inTown}`,
        'Zmodernizowany budynek zyska salę widowiskową, pracownie i kawiarnię dla mieszkańców.',
      ),
    ),
    only(
      ['museum', 'municipality'],
      variant(
        (c) => `Rozbudowa Muzeum Regionalnego ${c.place.inTown}`,
        'Nowe skrzydło muzeum pomieści stałą wystawę o historii regionu i pracownię edukacyjną.',
      ),
    ),
    only(
      ['library', 'municipality'],
      variant(
        (c) => `Modernizacja ${c.place.city ? 'Miejskiej' : 'Gminnej'} Biblioteki Publicznej ${c.place.inTown}`,
        'Biblioteka zyska strefę dla dzieci, czytelnię z dostępem do internetu i salę spotkań.',
      ),
    ),
  ],

  goals: [(c) => `zwiększenie dostępu do kultury i zachowanie dziedzictwa kulturowego ${c.place.inMunicipality}`],
  activities: [
    'przebudowa i remont budynku',
    'przystosowanie obiektu dla osób z niepełnosprawnościami',
    'zakup wyposażenia sal i pracowni',
    'przygotowanie nowej oferty programowej',
    'termomodernizacja budynku',
  ],
  indicators: [output('Liczba instytucji kultury objętych wsparciem', 'szt.', 1, 3), VISITS],
  phases: INVESTMENT_PHASES,
  milestones: INVESTMENT_MILESTONES,
};

const WARDS = ['ratunkowego', 'pediatrycznego', 'rehabilitacyjnego', 'kardiologicznego', 'geriatrycznego'];

export const HEALTH_INFRASTRUCTURE: Theme = {
  id: 'health_infrastructure',
  topics: ['zdrowie'],
  category: 'investment',
  beneficiaries: ['hospital'],
  medianValue: 4_000_000,
  valueSpread: 1.1,
  months: [10, 30],
  variants: [
    variant(
      (c) => `Modernizacja oddziału ${subject(c, WARDS)} szpitala ${c.place.inTown}`,
      'Projekt obejmuje przebudowę pomieszczeń oddziału i zakup nowoczesnej aparatury medycznej.',
    ),
    variant(
      (c) => `Zakup sprzętu diagnostycznego dla szpitala ${c.place.inTown}`,
      'Nowy sprzęt pozwoli wykonywać badania na miejscu, bez kierowania pacjentów do innych ośrodków.',
      () => 'skrócenie czasu oczekiwania pacjentów na diagnostykę',
      [
        'zakup tomografu komputerowego',
        'zakup aparatu RTG i USG',
        'dostosowanie pracowni diagnostycznych',
        'szkolenie personelu',
      ],
    ),
    variant(
      (c) => `Rozbudowa szpitalnego oddziału ratunkowego ${c.place.inTown}`,
      'Rozbudowany oddział ratunkowy przyjmie więcej pacjentów, a śmigłowce wylądują przy samym szpitalu.',
      undefined,
      [
        'rozbudowa szpitalnego oddziału ratunkowego',
        'budowa lądowiska dla śmigłowców',
        'zakup wyposażenia sal zabiegowych',
      ],
    ),
  ],
  goals: [(c) => `poprawa dostępności i jakości świadczeń zdrowotnych dla pacjentów ${c.place.inCounty}`],
  activities: [
    'przebudowa i dostosowanie pomieszczeń oddziału',
    'zakup aparatury medycznej',
    'wyposażenie sal chorych',
    'likwidacja barier architektonicznych',
  ],
  indicators: [
    output('Liczba wspartych podmiotów leczniczych', 'szt.', 1, 2),
    output('Liczba zakupionych urządzeń medycznych', 'szt.', 3, 60),
    result('Liczba pacjentów korzystających ze wspartej infrastruktury', 'osoby/rok', 1000, 60000),
  ],
  phases: INVESTMENT_PHASES,
  milestones: INVESTMENT_MILESTONES,
};

export const BROADBAND: Theme = {
  id: 'broadband',
  topics: ['cyfryzacja'],
  category: 'investment',
  beneficiaries: ['firm'],
  medianValue: 8_000_000,
  valueSpread: 0.9,
  months: [18, 40],
  variants: [
    variant(
      (c) => `Budowa sieci szerokopasmowego internetu ${c.place.inCounty}`,
      'Sieć światłowodowa dotrze do gospodarstw domowych i szkół na obszarach bez szybkiego internetu.',
    ),
    variant(
      (c) => `Likwidacja białych plam dostępu do szybkiego internetu ${c.place.inCounty}`,
      'Projekt obejmuje obszary, na których żaden operator nie planował inwestycji.',
    ),
  ],
  goals: [(c) => `zapewnienie dostępu do internetu o przepustowości co najmniej 100 Mb/s ${c.place.inCounty}`],
  activities: [
    'budowa sieci światłowodowej',
    'budowa przyłączy do gospodarstw domowych',
    'podłączenie szkół do szybkiego internetu',
    'uruchomienie usług dla mieszkańców',
  ],
  indicators: [
    output(
      'Liczba gospodarstw domowych z możliwością dostępu do internetu o przepustowości co najmniej 100 Mb/s',
      'szt.',
      500,
      20000,
    ),
    output('Liczba jednostek edukacyjnych z dostępem do szybkiego internetu', 'szt.', 2, 40),
    output('Długość wybudowanej sieci światłowodowej', 'km', 10, 400, 1),
  ],
  phases: INVESTMENT_PHASES,
  milestones: INVESTMENT_MILESTONES,
};

const DIGITISED = output(
  'Liczba zdigitalizowanych dokumentów zawierających informacje sektora publicznego',
  'szt.',
  1000,
  200000,
);

export const E_SERVICES: Theme = {
  id: 'e_services',
  topics: ['cyfryzacja'],
  category: 'investment',
  beneficiaries: ['municipality', 'municipality', 'library', 'museum', 'shared_services'],
  medianValue: 1_200_000,
  valueSpread: 1.0,
  months: [12, 30],
  variants: [
    only(
      ['municipality', 'shared_services'],
      variant(
        (c) => `Rozwój elektronicznych usług publicznych ${c.place.inMunicipality}`,
        'Mieszkańcy załatwią sprawy urzędowe przez internet, bez wizyty w urzędzie.',
      ),
    ),
    only(
      ['municipality'],
      variant(
        (c) => `E-urząd – elektroniczna obsługa mieszkańców ${c.place.inMunicipality}`,
        'Podatki, opłaty i wnioski będzie można złożyć i opłacić przez internet.',
      ),
    ),
    only(
      ['library', 'municipality'],
      variant(
        (c) => `Cyfryzacja zasobów ${c.place.city ? 'Miejskiej' : 'Gminnej'} Biblioteki Publicznej ${c.place.inTown}`,
        'Zdigitalizowane zbiory zostaną udostępnione bezpłatnie na otwartej licencji.',
        () => 'udostępnienie w internecie zasobów kultury i informacji sektora publicznego',
        [
          'digitalizacja zbiorów',
          'opracowanie metadanych',
          'uruchomienie portalu z zasobami',
          'zakup skanerów i serwerów',
        ],
      ),
      [DIGITISED],
    ),
    only(
      ['museum', 'municipality'],
      variant(
        (c) => `Cyfrowe muzeum – zbiory Muzeum Regionalnego ${c.place.inTown} w internecie`,
        'Zdigitalizowane zbiory zostaną udostępnione bezpłatnie na otwartej licencji.',
        () => 'udostępnienie w internecie zasobów kultury i informacji sektora publicznego',
        [
          'digitalizacja muzealiów',
          'wykonanie modeli 3D eksponatów',
          'uruchomienie wirtualnej wystawy',
          'zakup sprzętu do digitalizacji',
        ],
      ),
      [DIGITISED],
    ),
  ],

  goals: [(c) => `zwiększenie dostępności i jakości elektronicznych usług publicznych ${c.place.inMunicipality}`],
  activities: [
    'wdrożenie systemu elektronicznego obiegu dokumentów',
    'uruchomienie e-usług na platformie ePUAP',
    'zakup serwerów i sprzętu komputerowego',
    'szkolenia pracowników z obsługi systemu',
  ],
  indicators: [
    output('Liczba usług publicznych udostępnionych on-line o stopniu dojrzałości co najmniej 3', 'szt.', 3, 40),
    result('Liczba załatwionych spraw poprzez udostępnioną on-line usługę publiczną', 'szt./rok', 200, 50000),
  ],
  phases: ['Analiza przedwdrożeniowa', 'Wdrożenie systemu', 'Szkolenia i uruchomienie usług'],
  milestones: [
    ['Podpisanie umowy z wykonawcą systemu', 'Wybrany w przetargu wykonawca rozpoczął prace wdrożeniowe.'],
    ['Uruchomienie pierwszych e-usług', 'Pierwsze sprawy można już załatwić przez internet.'],
  ],
};
