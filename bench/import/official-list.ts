/**
 * A realistic file in the layout of the official list of projects 2014-2020 (CSV: UTF-8
 * with BOM, `;`, bilingual headers, amounts as "1 015 798,80", places as "WOJ.: …, POW.:
 * …"), the same for the same seed. About 3 % of rows are Interreg projects (in EUR).
 */
import { once } from 'node:events';
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

const HEADERS = [
  'Tytuł projektu / Project title',
  'Skrócony opis / Short description',
  'Numer umowy/decyzji / Contract/decision number',
  'Nazwa beneficjenta / Beneficiary name',
  'Fundusz / Fund',
  'Program / Programme',
  'Priorytet / Priority',
  'Działanie / Measure',
  'Poddziałanie / Submeasure',
  'Wartość projektu (w zł, dla projektów EWT w euro) / Total project value (in PLN, for ETC projects in EUR)',
  'Wydatki kwalifikowalne (w zł, dla projektów EWT w euro) / Eligible expenditure (in PLN, for ETC projects in EUR)',
  'Wartość unijnego dofinansowania (w zł, dla projektów EWT w euro) / EU co-financing (in PLN, for ETC projects in EUR)',
  'Poziom unijnego dofinansowania (w procentach) / EU co-financing rate (%)',
  'Forma finansowania / Form of finance',
  'Miejsce realizacji projektu / Location',
  'Typ obszaru, na którym realizowany jest projekt / Type of area',
  'Data rozpoczęcia realizacji projektu / Project start date',
  'Data zakończenia realizacji projektu / Project end date',
  'Projekt konkursowy czy pozakonkursowy / Competitive or non-competitive',
  'Dziedzina działalności gospodarczej, której dotyczy projekt / Economic activity',
  'Obszar wsparcia projektu (category of intervention) / Category of intervention',
  'Cel projektu (thematic objective) / Thematic objective',
  'Cel uzupełniający dla projektów EFS / Secondary theme (ESF)',
  'Projekt realizowany w ramach terytorialnych mechanizmów wdrażania / Territorial delivery mechanism',
  'Finansowanie zakończone (Tak/Nie) / Funding completed (Yes/No)',
];

const VOIVODESHIPS: [string, string, string[]][] = [
  ['DOLNOŚLĄSKIE', 'RPDS', ['wrocławski', 'Wrocław', 'jeleniogórski', 'kłodzki', 'legnicki']],
  ['KUJAWSKO-POMORSKIE', 'RPKP', ['bydgoski', 'Bydgoszcz', 'toruński', 'Toruń', 'inowrocławski']],
  ['LUBELSKIE', 'RPLU', ['lubelski', 'Lublin', 'zamojski', 'puławski', 'chełmski']],
  ['LUBUSKIE', 'RPLB', ['zielonogórski', 'Zielona Góra', 'gorzowski', 'żarski']],
  ['ŁÓDZKIE', 'RPLD', ['łódzki wschodni', 'Łódź', 'piotrkowski', 'zgierski']],
  ['MAŁOPOLSKIE', 'RPMP', ['krakowski', 'Kraków', 'nowotarski', 'tarnowski', 'wielicki']],
  ['MAZOWIECKIE', 'RPMA', ['warszawski zachodni', 'Warszawa', 'radomski', 'płocki', 'piaseczyński']],
  ['OPOLSKIE', 'RPOP', ['opolski', 'Opole', 'nyski', 'kędzierzyńsko-kozielski']],
  ['PODKARPACKIE', 'RPPK', ['rzeszowski', 'Rzeszów', 'krośnieński', 'mielecki']],
  ['PODLASKIE', 'RPPD', ['białostocki', 'Białystok', 'hajnowski', 'suwalski', 'łomżyński']],
  ['POMORSKIE', 'RPPM', ['gdański', 'Gdańsk', 'wejherowski', 'słupski', 'kartuski']],
  ['ŚLĄSKIE', 'RPSL', ['Katowice', 'bielski', 'gliwicki', 'cieszyński', 'Częstochowa']],
  ['ŚWIĘTOKRZYSKIE', 'RPSW', ['kielecki', 'Kielce', 'ostrowiecki', 'sandomierski']],
  ['WARMIŃSKO-MAZURSKIE', 'RPWM', ['olsztyński', 'Olsztyn', 'elbląski', 'giżycki']],
  ['WIELKOPOLSKIE', 'RPWP', ['poznański', 'Poznań', 'kaliski', 'koniński', 'pilski']],
  ['ZACHODNIOPOMORSKIE', 'RPZP', ['policki', 'Szczecin', 'koszaliński', 'stargardzki']],
];
const GENITIVE = [
  'Dolnośląskiego',
  'Kujawsko-Pomorskiego',
  'Lubelskiego',
  'Lubuskiego',
  'Łódzkiego',
  'Małopolskiego',
  'Mazowieckiego',
  'Opolskiego',
  'Podkarpackiego',
  'Podlaskiego',
  'Pomorskiego',
  'Śląskiego',
  'Świętokrzyskiego',
  'Warmińsko-Mazurskiego',
  'Wielkopolskiego',
  'Zachodniopomorskiego',
];
const NATIONAL: [string, string, string][] = [
  ['Program Operacyjny Inteligentny Rozwój', 'POIR', 'Europejski Fundusz Rozwoju Regionalnego'],
  ['Program Operacyjny Wiedza Edukacja Rozwój', 'POWR', 'Europejski Fundusz Społeczny'],
  ['Program Operacyjny Infrastruktura i Środowisko', 'POIS', 'Fundusz Spójności'],
  ['Program Operacyjny Polska Cyfrowa', 'POPC', 'Europejski Fundusz Rozwoju Regionalnego'],
  ['Program Operacyjny Polska Wschodnia', 'POPW', 'Europejski Fundusz Rozwoju Regionalnego'],
];
const INTERREG = [
  'Program Współpracy Interreg V-A Polska-Słowacja 2014-2020',
  'Program Współpracy Interreg Południowy Bałtyk 2014-2020',
  'Program Współpracy Interreg Polska-Saksonia 2014-2020',
];
const WORDS = (
  'rozwój budowa przebudowa modernizacja rozbudowa termomodernizacja budynku szkoły podstawowej w gminie ' +
  'drogi powiatowej gminnej kanalizacji sanitarnej sieci wodociągowej wsparcie aktywizacja zawodowa osób ' +
  'bezrobotnych młodych kompetencji cyfrowych kształcenia zawodowego innowacji w przedsiębiorstwie wdrożenie ' +
  'technologii prac badawczo-rozwojowych centrum usług społecznych opieki nad dziećmi do lat 3 rewitalizacja ' +
  'obszaru zdegradowanego poprawa efektywności energetycznej odnawialnych źródeł energii instalacji ' +
  'fotowoltaicznych e-usług publicznych dziedzictwa kulturowego ścieżek rowerowych transportu publicznego'
).split(' ');
const LEGAL_FORMS = [
  'Gmina',
  'Gmina Miasto',
  'Powiat',
  'Stowarzyszenie',
  'Fundacja',
  'Spółka z o.o.',
  'Szkoła Podstawowa nr',
  'Uniwersytet',
];
const NAMES = [
  'Kowalski',
  'Nowak',
  'Wiśniewski',
  'Zielona',
  'Słoneczna',
  'Lipowa',
  'Bystrzyca',
  'Dąbrowa',
  'Brzozów',
  'Jasło',
  'Łąka',
  'Krzemień',
];

/** A small deterministic generator (mulberry32), so every run writes the same file. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

let next = random(2014);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
const words = (count: number) => Array.from({ length: count }, () => pick(WORDS)).join(' ');
const sentence = (count: number) => {
  const text = words(count);
  return `${text[0]?.toUpperCase()}${text.slice(1)}.`;
};
const plnText = (grosze: number) => {
  const whole = Math.floor(grosze / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${whole},${String(grosze % 100).padStart(2, '0')}`;
};
const date = (year: number) =>
  `${year}-${String(1 + Math.floor(next() * 12)).padStart(2, '0')}-${String(1 + Math.floor(next() * 28)).padStart(2, '0')}`;
const cell = (text: string) => (/[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);

function beneficiary(index: number): string {
  // About one distinct beneficiary per three rows, as in the real list.
  const id = Math.floor(index / 3) + Math.floor(next() * 50);
  return `${LEGAL_FORMS[id % LEGAL_FORMS.length]} ${NAMES[id % NAMES.length]} ${id}`;
}

function row(index: number): string[] {
  const kind = next();
  const voivodeship = Math.floor(next() * 16);
  const [region, prefix, counties] = VOIVODESHIPS[voivodeship] as [string, string, string[]];
  let programme: string;
  let fund: string;
  let code: string;
  if (kind < 0.03) {
    programme = pick(INTERREG);
    fund = 'Europejski Fundusz Rozwoju Regionalnego';
    code = 'PLSK.01.01.00-00-';
  } else if (kind < 0.35) {
    const [name, short, nationalFund] = pick(NATIONAL);
    programme = name;
    fund = nationalFund;
    code = `${short}.0${1 + Math.floor(next() * 4)}.0${1 + Math.floor(next() * 3)}.00-00-`;
  } else {
    programme = `Regionalny Program Operacyjny Województwa ${GENITIVE[voivodeship]} na lata 2014-2020`;
    fund = next() < 0.6 ? 'Europejski Fundusz Rozwoju Regionalnego' : 'Europejski Fundusz Społeczny';
    code = `${prefix}.0${1 + Math.floor(next() * 9)}.0${1 + Math.floor(next() * 5)}.00-${String(voivodeship * 2 + 2).padStart(2, '0')}-`;
  }
  const total = Math.floor(50_000_00 + next() * next() * 40_000_000_00);
  const eligible = Math.floor(total * (0.8 + next() * 0.2));
  const rate = pick([0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.85, 0.85, 0.95]);
  const eu = Math.floor(eligible * rate);
  const placeCount = next() < 0.05 ? 0 : 1 + Math.floor(next() * next() * 3);
  const places =
    placeCount === 0
      ? 'Cały Kraj'
      : Array.from({ length: placeCount }, () => `WOJ.: ${region}, POW.: ${pick(counties)}`).join(' | ');
  const start = 2015 + Math.floor(next() * 6);
  const measure = `${1 + Math.floor(next() * 9)}.${1 + Math.floor(next() * 5)}`;
  return [
    sentence(6 + Math.floor(next() * 12)),
    sentence(30 + Math.floor(next() * 120)),
    `${code}${String(index).padStart(5, '0')}/${String(start).slice(2)}-00`,
    beneficiary(index),
    fund,
    programme,
    `${measure.split('.')[0]} ${words(4)}`,
    `${measure} ${words(3)}`,
    next() < 0.5 ? `${measure}.1 ${words(3)}` : '',
    plnText(total),
    plnText(eligible),
    plnText(eu),
    String(Math.round(rate * 100)),
    'Dotacja',
    places,
    pick(['Obszary miejskie', 'Obszary wiejskie', 'Małe obszary miejskie']),
    date(start),
    date(start + 1 + Math.floor(next() * 3)),
    pick(['Konkursowy', 'Pozakonkursowy']),
    pick(['Administracja publiczna', 'Edukacja', 'Budownictwo', 'Opieka zdrowotna']),
    pick(['Infrastruktura edukacyjna', 'Efektywność energetyczna', 'Drogi lokalne', 'Aktywizacja zawodowa']),
    pick(['01', '02', '04', '07', '08', '09', '10']),
    'Nie dotyczy',
    'Nie dotyczy',
    next() < 0.4 ? 'Tak' : 'Nie',
  ];
}

/** Writes `rows` rows to `file` (its folder is created); returns the file's size in bytes. */
export async function writeOfficialList(file: string, rows: number, seed = 2014): Promise<number> {
  next = random(seed);
  mkdirSync(dirname(file), { recursive: true });
  const output = createWriteStream(file);
  output.write(`\uFEFF${HEADERS.join(';')}\r\n`);
  for (let index = 1; index <= rows; index += 1) {
    if (!output.write(`${row(index).map(cell).join(';')}\r\n`)) await once(output, 'drain');
  }
  output.end();
  await once(output, 'close');
  return output.bytesWritten;
}
