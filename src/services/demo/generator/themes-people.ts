import {
  COOPERATION_MILESTONES,
  COOPERATION_PHASES,
  output,
  RESEARCH_MILESTONES,
  RESEARCH_PHASES,
  result,
  SUPPORT_MILESTONES,
  SUPPORT_PHASES,
  subject,
  type TextContext,
  type Theme,
  variant,
} from './theme-types.js';

const JOBSEEKERS = [
  'osób młodych pozostających bez pracy',
  'osób długotrwale bezrobotnych',
  'osób powyżej 50. roku życia',
  'kobiet powracających na rynek pracy',
  'osób z niepełnosprawnościami',
];

export const LABOUR: Theme = {
  id: 'labour',
  topics: ['rynek-pracy', 'sprawy-spoleczne', 'edukacja'],
  category: 'non_investment',
  beneficiaries: ['labour_office', 'labour_office', 'ngo', 'firm'],
  medianValue: 700_000,
  valueSpread: 0.8,
  months: [12, 30],
  variants: [
    variant(
      (c) => `Aktywizacja zawodowa ${subject(c, JOBSEEKERS)} ${c.place.inCounty}`,
      'Każdy uczestnik ma indywidualny plan działania przygotowany z doradcą zawodowym.',
    ),
    variant(
      (c) => `Nowe kwalifikacje – lepsza praca. Wsparcie ${subject(c, JOBSEEKERS)} ${c.place.inCounty}`,
      'Uczestnicy otrzymują doradztwo zawodowe, szkolenia zakończone egzaminem i płatne staże.',
    ),
    variant(
      (c) => `Szkolenia zawodowe i staże dla ${subject(c, JOBSEEKERS)} ${c.place.inTown}`,
      'Szkolenia kończą się egzaminem, a po nich uczestnicy odbywają płatne staże u pracodawców.',
    ),
    variant(
      (c) => `Praca na start – kompleksowe wsparcie ${subject(c, JOBSEEKERS)} ${c.place.inCounty}`,
      'Wsparcie obejmuje także pośrednictwo pracy i dotacje na założenie działalności gospodarczej.',
    ),
  ],
  goals: [(c) => `zwiększenie zatrudnienia ${subject(c, JOBSEEKERS)} ${c.place.inCounty}`],
  activities: [
    'indywidualne doradztwo zawodowe',
    'szkolenia zawodowe zakończone egzaminem',
    'płatne staże u pracodawców',
    'pośrednictwo pracy',
    'jednorazowe dotacje na założenie działalności gospodarczej',
    'zwrot kosztów dojazdu i opieki nad dzieckiem',
  ],
  indicators: [
    output('Liczba osób bezrobotnych objętych wsparciem w programie', 'osoby', 20, 400),
    result('Liczba osób, które uzyskały kwalifikacje po opuszczeniu programu', 'osoby', 10, 300),
    result('Liczba osób pracujących po opuszczeniu programu', 'osoby', 10, 250),
  ],
  phases: SUPPORT_PHASES,
  milestones: SUPPORT_MILESTONES,
};

const SCHOOL_SKILLS = [
  'kompetencji cyfrowych',
  'kompetencji matematyczno-przyrodniczych',
  'umiejętności językowych',
  'kompetencji kluczowych',
  'postaw przedsiębiorczych',
];

export const EDUCATION: Theme = {
  id: 'education',
  topics: ['edukacja'],
  category: 'non_investment',
  beneficiaries: ['municipality', 'municipality', 'school', 'ngo'],
  medianValue: 500_000,
  valueSpread: 0.9,
  months: [10, 30],
  variants: [
    variant(
      (c) => `Rozwój ${subject(c, SCHOOL_SKILLS)} uczniów szkół podstawowych ${c.place.inMunicipality}`,
      'Uczniowie biorą udział w zajęciach dodatkowych, a nauczyciele w szkoleniach i studiach podyplomowych.',
    ),
    variant(
      (c) => `Nowe miejsca wychowania przedszkolnego ${c.place.inMunicipality}`,
      'Nowe oddziały przedszkolne przyjmą dzieci, dla których dotąd brakowało miejsc.',
      (c) => `zwiększenie dostępności wysokiej jakości edukacji przedszkolnej ${c.place.inMunicipality}`,
      [
        'utworzenie nowych oddziałów przedszkolnych',
        'wyposażenie sal przedszkolnych',
        'zajęcia dodatkowe dla dzieci',
        'szkolenia dla nauczycieli wychowania przedszkolnego',
      ],
    ),
    variant(
      (c) => `Kształcenie zawodowe na miarę potrzeb pracodawców ${c.place.inCounty}`,
      'Programy nauczania przygotowano razem z pracodawcami, u których uczniowie odbywają staże.',
      (c) => `dostosowanie kształcenia zawodowego do potrzeb rynku pracy ${c.place.inCounty}`,
      [
        'staże uczniowskie u pracodawców',
        'kursy i egzaminy zawodowe dla uczniów',
        'wyposażenie pracowni zawodowych',
        'doradztwo edukacyjno-zawodowe',
      ],
    ),
    variant(
      (c) => `Laboratoria przyszłości – nauka przez doświadczenie ${c.place.inMunicipality}`,
      'Szkoły otrzymują nowoczesne pomoce dydaktyczne i wyposażenie pracowni.',
    ),
    variant(
      (c) => `Szkoła otwarta na świat – rozwój ${subject(c, SCHOOL_SKILLS)} uczniów ${c.place.inTown}`,
      'Projekt przygotowano na podstawie diagnozy potrzeb uczniów i nauczycieli.',
    ),
  ],
  goals: [(c) => `rozwój ${subject(c, SCHOOL_SKILLS)} uczniów ${c.place.inMunicipality}`],
  activities: [
    'zajęcia rozwijające dla uczniów',
    'zajęcia wyrównawcze z matematyki i języków obcych',
    'szkolenia i studia podyplomowe dla nauczycieli',
    'wyposażenie pracowni przyrodniczych i komputerowych',
    'staże uczniowskie u pracodawców',
    'doradztwo edukacyjno-zawodowe',
  ],
  indicators: [
    output('Liczba uczniów objętych wsparciem w zakresie rozwijania kompetencji kluczowych', 'osoby', 40, 1500),
    output('Liczba nauczycieli objętych wsparciem', 'osoby', 5, 120),
    output('Liczba miejsc wychowania przedszkolnego dofinansowanych w programie', 'szt.', 15, 150),
    result(
      'Liczba szkół, których pracownie wyposażono w sprzęt do nauczania przedmiotów przyrodniczych',
      'szt.',
      1,
      12,
    ),
  ],
  phases: SUPPORT_PHASES,
  milestones: SUPPORT_MILESTONES,
};

export const HIGHER_EDUCATION: Theme = {
  id: 'higher_education',
  topics: ['edukacja', 'innowacje'],
  category: 'non_investment',
  beneficiaries: ['university'],
  medianValue: 4_000_000,
  valueSpread: 0.8,
  months: [24, 48],
  variants: [
    variant(
      (c) => `Zintegrowany program rozwoju uczelni – ${c.beneficiary.input.shortName ?? c.place.name}`,
      'Program obejmuje nowe kierunki studiów, staże u pracodawców i szkolenia kadry.',
    ),
    variant(
      () => 'Kompetencje przyszłości – program rozwoju studentów i kadry dydaktycznej',
      'Studenci zdobywają certyfikaty, a wykładowcy uczą się nowych metod dydaktycznych.',
    ),
    variant(
      (c) => `Uczelnia otwarta na potrzeby gospodarki ${c.place.inTown}`,
      'Programy kształcenia przygotowano wspólnie z pracodawcami z regionu.',
      () => 'dostosowanie programów kształcenia do potrzeb pracodawców',
    ),
  ],
  goals: [() => 'podniesienie kompetencji studentów i kadry dydaktycznej odpowiadających potrzebom gospodarki'],
  activities: [
    'uruchomienie nowych kierunków studiów',
    'staże zawodowe dla studentów',
    'certyfikowane szkolenia dla studentów',
    'szkolenia dydaktyczne dla kadry',
    'wizyty studyjne u pracodawców',
  ],
  indicators: [
    output('Liczba studentów objętych wsparciem', 'osoby', 100, 3000),
    output('Liczba pracowników uczelni objętych wsparciem', 'osoby', 10, 300),
    result('Liczba studentów, którzy nabyli kompetencje po opuszczeniu programu', 'osoby', 80, 2500),
  ],
  phases: SUPPORT_PHASES,
  milestones: SUPPORT_MILESTONES,
};

const SOCIAL_SERVICES = [
  'Centrum Usług Społecznych',
  'Klub Integracji Społecznej',
  'Dzienny Dom Pomocy dla seniorów',
  'Mieszkania wspomagane dla osób z niepełnosprawnościami',
  'Punkt wsparcia rodzin',
];

export const SOCIAL: Theme = {
  id: 'social',
  topics: ['sprawy-spoleczne', 'ekonomia-spoleczna', 'zdrowie'],
  category: 'non_investment',
  beneficiaries: ['ngo', 'ngo', 'welfare_centre', 'municipality'],
  medianValue: 900_000,
  valueSpread: 0.9,
  months: [12, 36],
  variants: [
    variant(
      (c) => `${c.random.pick(SOCIAL_SERVICES)} ${c.place.inTown}`,
      'Usługi świadczone są w środowisku lokalnym, blisko miejsca zamieszkania uczestników.',
    ),
    variant(
      (c) => `Wsparcie podmiotów ekonomii społecznej ${c.place.inCounty}`,
      'Spółdzielnie socjalne i organizacje pozarządowe otrzymują doradztwo, szkolenia i dotacje na nowe miejsca pracy.',
      (c) => `rozwój ekonomii społecznej i trwałych miejsc pracy w przedsiębiorstwach społecznych ${c.place.inCounty}`,
      [
        'doradztwo dla podmiotów ekonomii społecznej',
        'dotacje na tworzenie miejsc pracy w przedsiębiorstwach społecznych',
        'szkolenia dla liderów organizacji',
        'animacja współpracy lokalnej',
      ],
    ),
    variant(
      (c) => `Razem dla rodziny – usługi wsparcia rodzin ${c.place.inMunicipality}`,
      'Rodziny korzystają z pomocy asystenta rodziny, psychologa i mediatora.',
    ),
    variant(
      (c) => `Aktywna integracja mieszkańców obszaru rewitalizacji ${c.place.inTown}`,
      'Projekt realizowany jest we współpracy z ośrodkiem pomocy społecznej i organizacjami pozarządowymi.',
    ),
    variant(
      (c) => `Usługi opiekuńcze w miejscu zamieszkania ${c.place.inMunicipality}`,
      'Opiekunowie pomagają osobom starszym i niesamodzielnym w ich własnych domach.',
      (c) => `umożliwienie osobom niesamodzielnym życia we własnym domu ${c.place.inMunicipality}`,
      [
        'usługi opiekuńcze w domu',
        'wypożyczalnia sprzętu rehabilitacyjnego',
        'wsparcie dla opiekunów rodzinnych',
        'teleopieka',
      ],
    ),
  ],
  goals: [
    (c) =>
      `zwiększenie dostępu do usług społecznych dla osób zagrożonych ubóstwem lub wykluczeniem społecznym ${c.place.inMunicipality}`,
  ],
  activities: [
    'praca socjalna i asystentura rodzinna',
    'poradnictwo psychologiczne i prawne',
    'zajęcia reintegracji społecznej i zawodowej',
    'usługi opiekuńcze dla osób niesamodzielnych',
    'doradztwo dla podmiotów ekonomii społecznej',
    'tworzenie miejsc pracy w przedsiębiorstwach społecznych',
  ],
  indicators: [
    output(
      'Liczba osób zagrożonych ubóstwem lub wykluczeniem społecznym objętych wsparciem w programie',
      'osoby',
      30,
      600,
    ),
    output('Liczba wspartych podmiotów ekonomii społecznej', 'szt.', 3, 40),
    result('Liczba miejsc świadczenia usług społecznych istniejących po zakończeniu projektu', 'szt.', 5, 120),
  ],
  phases: SUPPORT_PHASES,
  milestones: SUPPORT_MILESTONES,
};

const DISEASES = [
  'chorób układu krążenia',
  'raka jelita grubego',
  'cukrzycy typu 2',
  'nowotworów skóry',
  'chorób układu oddechowego',
];

export const HEALTH_PREVENTION: Theme = {
  id: 'health_prevention',
  topics: ['zdrowie', 'sprawy-spoleczne'],
  category: 'non_investment',
  beneficiaries: ['hospital', 'ngo'],
  medianValue: 1_200_000,
  valueSpread: 0.9,
  months: [12, 36],
  variants: [
    variant(
      (c) => `Program profilaktyki ${subject(c, DISEASES)} ${c.place.inCounty}`,
      'Badania przesiewowe są bezpłatne i wykonywane także w mobilnych gabinetach.',
    ),
    variant(
      (c) => `Rehabilitacja medyczna osób w wieku aktywności zawodowej ${c.place.inTown}`,
      'Uczestnicy przechodzą kompleksową rehabilitację, która pozwala im wrócić do pracy.',
      () => 'utrzymanie aktywności zawodowej osób zagrożonych utratą zdrowia',
      [
        'konsultacje lekarskie',
        'rehabilitacja ruchowa',
        'wsparcie psychologiczne',
        'doradztwo ergonomiczne w miejscu pracy',
      ],
    ),
    variant(
      (c) => `Zdrowie na czas – badania przesiewowe w kierunku ${subject(c, DISEASES)}`,
      'Uczestnicy otrzymują wyniki badań wraz z zaleceniami lekarza.',
    ),
  ],
  goals: [(c) => `wczesne wykrywanie ${subject(c, DISEASES)} wśród mieszkańców ${c.place.inCounty}`],
  activities: [
    'kampania informacyjna zachęcająca do badań',
    'bezpłatne badania przesiewowe',
    'konsultacje lekarskie',
    'edukacja zdrowotna',
    'szkolenia dla personelu podstawowej opieki zdrowotnej',
  ],
  indicators: [
    output('Liczba osób objętych programem zdrowotnym', 'osoby', 200, 8000),
    result('Liczba osób, u których wykryto zmiany wymagające dalszej diagnostyki', 'osoby', 10, 400),
  ],
  phases: SUPPORT_PHASES,
  milestones: SUPPORT_MILESTONES,
};

export const DIGITAL_SKILLS: Theme = {
  id: 'digital_skills',
  topics: ['cyfryzacja', 'edukacja'],
  category: 'non_investment',
  beneficiaries: ['ngo', 'library', 'municipality'],
  medianValue: 600_000,
  valueSpread: 0.8,
  months: [10, 24],
  variants: [
    variant(
      (c) => `Cyfrowi seniorzy – szkolenia z kompetencji cyfrowych ${c.place.inMunicipality}`,
      'Szkolenia prowadzone są w małych grupach, blisko miejsca zamieszkania uczestników.',
    ),
    variant(
      (c) => `E-mieszkaniec – kompetencje cyfrowe dla dorosłych ${c.place.inCounty}`,
      'Uczestnicy uczą się korzystać z e-usług publicznych, bankowości internetowej i telemedycyny.',
    ),
    variant(
      (c) => `Bezpiecznie w sieci – warsztaty dla rodziców i dzieci ${c.place.inTown}`,
      'Rodzice i dzieci uczą się razem, jak bezpiecznie korzystać z internetu.',
    ),
  ],
  goals: [(c) => `podniesienie kompetencji cyfrowych mieszkańców ${c.place.inCounty}`],
  activities: [
    'szkolenia z obsługi komputera i smartfona',
    'warsztaty z korzystania z e-usług publicznych',
    'zajęcia z bezpieczeństwa w internecie',
    'zakup sprzętu do prowadzenia szkoleń',
  ],
  indicators: [
    output('Liczba osób, które otrzymały wsparcie w zakresie rozwoju kompetencji cyfrowych', 'osoby', 100, 2500),
    result('Liczba osób, które nabyły kompetencje cyfrowe', 'osoby', 90, 2300),
  ],
  phases: SUPPORT_PHASES,
  milestones: SUPPORT_MILESTONES,
};

/** Genitive noun phrases: "Opracowanie {…}". */
const RESEARCH_SUBJECTS = [
  'inteligentnego systemu sterowania oświetleniem ulicznym',
  'biodegradowalnych opakowań do żywności',
  'nowej generacji czujników jakości powietrza',
  'platformy telemedycznej dla pacjentów kardiologicznych',
  'energooszczędnej pompy ciepła do budynków wielorodzinnych',
  'systemu wizyjnej kontroli jakości produkcji',
  'lekkich kompozytów dla przemysłu kolejowego',
  'technologii odzysku metali z baterii litowo-jonowych',
  'innowacyjnej linii do recyklingu tworzyw sztucznych',
  'systemu wczesnego ostrzegania przed suszą rolniczą',
  'nowego leku biopodobnego',
  'autonomicznego robota magazynowego',
];

export const RESEARCH: Theme = {
  id: 'research',
  topics: ['innowacje', 'przedsiebiorczosc'],
  category: 'non_investment',
  beneficiaries: ['firm', 'university'],
  medianValue: 2_500_000,
  valueSpread: 1.0,
  months: [12, 36],
  variants: [
    variant(
      (c) => `Opracowanie ${subject(c, RESEARCH_SUBJECTS)}`,
      'Projekt obejmuje badania przemysłowe i prace rozwojowe zakończone budową prototypu.',
    ),
    variant(
      (c) => `Prace badawczo-rozwojowe w zakresie ${subject(c, RESEARCH_SUBJECTS)}`,
      'Prace badawcze prowadzi zespół naukowców we współpracy z laboratorium akredytowanym.',
    ),
    variant(
      (c) => `Opracowanie i wdrożenie ${subject(c, RESEARCH_SUBJECTS)}`,
      'Wyniki prac zostaną chronione patentem i wdrożone we własnej działalności.',
      () => 'wprowadzenie na rynek innowacyjnego produktu opartego na wynikach prac badawczo-rozwojowych',
    ),
  ],
  goals: [(c) => `opracowanie ${subject(c, RESEARCH_SUBJECTS)} i przygotowanie rozwiązania do wdrożenia`],
  activities: [
    'badania przemysłowe w warunkach laboratoryjnych',
    'budowa i testy prototypu',
    'demonstracja rozwiązania w warunkach rzeczywistych',
    'ochrona praw własności przemysłowej',
    'analiza rynku i przygotowanie wdrożenia',
  ],
  indicators: [
    output('Liczba przedsiębiorstw współpracujących z ośrodkami badawczymi', 'szt.', 1, 3),
    output('Liczba zgłoszeń patentowych', 'szt.', 0, 4),
    result('Liczba wdrożonych wyników prac B+R', 'szt.', 1, 3),
  ],
  phases: RESEARCH_PHASES,
  milestones: RESEARCH_MILESTONES,
};

/** A firm's brand name; a small pool may hand a firm's project to another body, which has none. */
const brandOf = (c: TextContext): string | null =>
  c.beneficiary.role === 'firm' ? (c.beneficiary.input.shortName ?? c.beneficiary.input.name) : null;

const FIRM_MILESTONES: Theme['milestones'] = [
  ['Dostawa maszyn', 'Do zakładu dostarczono i zainstalowano nowe maszyny.'],
  ['Nowy produkt na rynku', 'Pierwsze partie nowego produktu trafiły do odbiorców.'],
];

export const ENTREPRENEURSHIP: Theme = {
  id: 'entrepreneurship',
  topics: ['przedsiebiorczosc', 'innowacje'],
  category: 'investment',
  beneficiaries: ['firm'],
  medianValue: 600_000,
  valueSpread: 1.0,
  months: [6, 24],
  variants: [
    variant(
      (c) => `Rozwój działalności eksportowej ${brandOf(c) ? `– ${brandOf(c)}` : `przedsiębiorstwa ${c.place.inTown}`}`,
      'Firma przygotowuje ofertę dla odbiorców zagranicznych i prezentuje ją na targach międzynarodowych.',
      () => 'zwiększenie sprzedaży na rynkach zagranicznych',
      [
        'udział w targach międzynarodowych',
        'certyfikacja produktów na rynki zagraniczne',
        'doradztwo w zakresie wejścia na nowe rynki',
      ],
    ),
    variant(
      (c) => `Rozbudowa zakładu produkcyjnego ${c.place.inTown} i wdrożenie nowych produktów`,
      'Projekt obejmuje zakup maszyn i oprogramowania oraz wprowadzenie nowych produktów na rynek.',
    ),
    variant(
      (c) => `Wdrożenie innowacyjnej technologii produkcji ${brandOf(c) ? `w firmie ${brandOf(c)}` : c.place.inTown}`,
      'Przedsiębiorca planuje zwiększenie zatrudnienia i przychodów ze sprzedaży nowych produktów.',
    ),
    variant(
      (c) => `Platforma startowa dla nowych pomysłów – rozwój start-upu ${brandOf(c) ?? c.place.inTown}`,
      'Młoda firma rozwija swój produkt z pomocą doświadczonych mentorów i inwestorów.',
    ),
  ],
  goals: [() => 'wzrost konkurencyjności przedsiębiorstwa dzięki wprowadzeniu nowych produktów i usług'],
  activities: [
    'zakup linii produkcyjnej',
    'zakup oprogramowania do zarządzania produkcją',
    'udział w targach międzynarodowych',
    'certyfikacja nowych produktów',
    'doradztwo w zakresie wejścia na nowe rynki',
  ],
  indicators: [
    output('Liczba przedsiębiorstw otrzymujących dotacje', 'szt.', 1, 1),
    output('Liczba wprowadzonych innowacji produktowych', 'szt.', 1, 5),
    result('Wzrost zatrudnienia we wspieranych przedsiębiorstwach', 'EPC', 1, 25, 1),
  ],
  phases: ['Zakup i instalacja wyposażenia', 'Uruchomienie produkcji', 'Wprowadzenie produktów na rynek'],
  milestones: FIRM_MILESTONES,
};

const TRANSNATIONAL_AIMS = [
  'włączenia społecznego',
  'aktywizacji osób młodych',
  'ekonomii społecznej',
  'rewitalizacji społecznej',
  'edukacji dorosłych',
  'usług społecznych',
];
const COOPERATION_BRANDS = ['Razem', 'Most', 'Wspólna droga', 'Nowy start', 'Dobre sąsiedztwo', 'Odnowa'];
const partnerOrigin = (c: TextContext): string => c.partnerOrigins[0] ?? 'z zagranicy';

export const TRANSNATIONAL: Theme = {
  id: 'transnational',
  topics: ['wspolpraca-miedzynarodowa', 'sprawy-spoleczne', 'ekonomia-spoleczna'],
  category: 'non_investment',
  beneficiaries: ['ngo', 'municipality', 'welfare_centre', 'labour_office'],
  medianValue: 900_000,
  valueSpread: 0.7,
  months: [18, 40],
  variants: [
    variant(
      (c) =>
        `${c.place.name} ${c.random.pick(COOPERATION_BRANDS)}. Współpraca w zakresie ${subject(c, TRANSNATIONAL_AIMS)} – doświadczenia partnerów ${partnerOrigin(c)}`,
      'Rozwiązanie wypracowuje międzysektorowa grupa we współpracy z partnerem ponadnarodowym.',
    ),
    variant(
      (c) => `Transfer dobrych praktyk ${partnerOrigin(c)} w dziedzinie ${subject(c, TRANSNATIONAL_AIMS)}`,
      'Doświadczenia partnera zagranicznego zostaną dostosowane do warunków lokalnych i przetestowane.',
    ),
    variant(
      (c) =>
        `${c.random.pick(COOPERATION_BRANDS)} – ponadnarodowy model ${subject(c, TRANSNATIONAL_AIMS)} ${c.place.inTown}`,
      'Model powstaje wspólnie z partnerami z zagranicy i jest testowany z udziałem mieszkańców.',
    ),
  ],
  goals: [
    (c) =>
      `wypracowanie i wdrożenie ${c.place.inTown} rozwiązania w dziedzinie ${subject(c, TRANSNATIONAL_AIMS)} we współpracy z partnerami ${partnerOrigin(c)}`,
  ],
  activities: [
    'wizyty studyjne u partnera ponadnarodowego',
    'wspólne warsztaty i seminaria',
    'opracowanie modelu rozwiązania',
    'testowanie rozwiązania w środowisku lokalnym',
    'upowszechnienie rezultatów',
  ],
  indicators: [
    output('Liczba wypracowanych rozwiązań ponadnarodowych', 'szt.', 1, 3),
    output('Liczba instytucji objętych wsparciem w zakresie współpracy ponadnarodowej', 'szt.', 2, 8),
    result('Liczba wdrożonych rozwiązań wypracowanych we współpracy ponadnarodowej', 'szt.', 1, 3),
  ],
  phases: COOPERATION_PHASES,
  milestones: COOPERATION_MILESTONES,
};

const NETWORK_NAMES = [
  'CITY-CARE',
  'RE-GEN',
  'NEXT-DOOR',
  'GREEN-LOOP',
  'SHARE-HOOD',
  'YOUNG-CITY',
  'LIVE-CENTRE',
  'CULT-LAB',
];
const NETWORK_AIMS = [
  'Miasta na rzecz włączenia społecznego',
  'Ożywienie centrów miast',
  'Sąsiedzkie usługi w zdegradowanych osiedlach',
  'Młodzi w mieście – zatrzymać odpływ mieszkańców',
  'Gospodarka obiegu zamkniętego w miastach',
  'Kultura jako motor odnowy miast',
];

export const URBAN_NETWORK: Theme = {
  id: 'urban_network',
  topics: ['wspolpraca-miedzynarodowa', 'rewitalizacja', 'sprawy-spoleczne'],
  category: 'non_investment',
  beneficiaries: ['municipality'],
  medianValue: 350_000,
  valueSpread: 0.6,
  months: [24, 33],
  variants: [
    variant(
      (c) => `${c.random.pick(NETWORK_NAMES)}. ${subject(c, NETWORK_AIMS)} – ${c.place.name}`,
      'Miasto uczestniczy w sieci URBACT; z lokalną grupą wsparcia opracowuje zintegrowany plan działań.',
    ),
    variant(
      (c) => `${c.random.pick(NETWORK_NAMES)} – sieć miast URBACT. ${subject(c, NETWORK_AIMS)}`,
      'Sieć tworzą miasta z kilku państw, które wymieniają się doświadczeniami podczas spotkań ponadnarodowych.',
    ),
  ],
  goals: [
    (c) => `opracowanie zintegrowanego planu działań dla miasta ${c.place.name} wspólnie z miastami partnerskimi`,
  ],
  activities: [
    'spotkania ponadnarodowe miast partnerskich',
    'prace lokalnej grupy wsparcia URBACT',
    'badanie wyjściowe i diagnoza problemu',
    'opracowanie zintegrowanego planu działań',
    'testowanie małych działań pilotażowych',
  ],
  indicators: [
    output('Liczba spotkań lokalnej grupy wsparcia', 'szt.', 6, 20),
    output('Liczba spotkań ponadnarodowych', 'szt.', 4, 10),
    result('Liczba przyjętych zintegrowanych planów działań', 'szt.', 1, 1),
  ],
  phases: ['Faza aktywacyjna', 'Faza planowania działań'],
  milestones: COOPERATION_MILESTONES,
};

const BORDER_AIMS = [
  'wspólna ochrona przyrody doliny Nysy Łużyckiej',
  'transgraniczna współpraca służb ratowniczych',
  'polsko-saksońska sieć szkół zawodowych',
  'wspólne dziedzictwo kulturowe pogranicza',
  'transgraniczny szlak rowerowy',
  'nauka języka sąsiada w przedszkolach',
];
const partnerCity = (c: TextContext): string => c.partnerCities[0] ?? 'Drezno';

export const CROSS_BORDER: Theme = {
  id: 'cross_border',
  topics: ['wspolpraca-miedzynarodowa', 'kultura', 'srodowisko'],
  category: 'non_investment',
  beneficiaries: ['municipality', 'ngo', 'museum', 'culture_centre'],
  medianValue: 1_000_000,
  valueSpread: 0.8,
  months: [18, 36],
  variants: [
    variant(
      (c) => `${c.place.name} – ${partnerCity(c)}: ${subject(c, BORDER_AIMS)}`,
      'Projekt realizują wspólnie partnerzy z Polski i Saksonii.',
    ),
    variant(
      (c) => `Pogranicze bez granic – ${subject(c, BORDER_AIMS)}`,
      'Działania są prowadzone dwujęzycznie i otwarte dla mieszkańców obu stron granicy.',
    ),
  ],
  goals: [() => 'pogłębienie współpracy instytucji i mieszkańców pogranicza polsko-saksońskiego'],
  activities: [
    'wspólne spotkania i warsztaty partnerów',
    'dwujęzyczne materiały informacyjne',
    'wydarzenia dla mieszkańców po obu stronach granicy',
    'wymiana pracowników instytucji partnerskich',
  ],
  indicators: [
    output('Liczba uczestników wspólnych działań transgranicznych', 'osoby', 100, 5000),
    output('Liczba organizacji współpracujących ponad granicami', 'szt.', 2, 8),
    result('Liczba wspólnie opracowanych strategii i planów działania', 'szt.', 1, 3),
  ],
  phases: COOPERATION_PHASES,
  milestones: COOPERATION_MILESTONES,
};
