import { VOIVODESHIPS, type VoivodeshipCode } from '../../../domain/codes.js';
import { weightedTable } from './random.js';

/**
 * Real Polish gminas with their TERYT codes (TERC, 2024) and rough coordinates. The last
 * TERYT digit is the gmina type: 1 urban, 2 rural, 3 urban-rural. A county equal to the
 * name marks a city with county rights (miasto na prawach powiatu).
 */
type PlaceRow = readonly [name: string, locative: string, county: string, teryt: string, lat: number, lon: number];

const PLACE_ROWS: readonly PlaceRow[] = [
  // dolnośląskie
  ['Wrocław', 'Wrocławiu', 'Wrocław', '0264011', 51.107, 17.038],
  ['Wałbrzych', 'Wałbrzychu', 'Wałbrzych', '0265011', 50.771, 16.284],
  ['Legnica', 'Legnicy', 'Legnica', '0262011', 51.207, 16.155],
  ['Jelenia Góra', 'Jeleniej Górze', 'Jelenia Góra', '0261011', 50.904, 15.719],
  ['Bolesławiec', 'Bolesławcu', 'bolesławiecki', '0201011', 51.264, 15.569],
  ['Bolesławiec', 'Bolesławcu', 'bolesławiecki', '0201022', 51.25, 15.53],
  ['Bielawa', 'Bielawie', 'dzierżoniowski', '0202011', 50.69, 16.623],
  ['Dzierżoniów', 'Dzierżoniowie', 'dzierżoniowski', '0202021', 50.728, 16.651],
  ['Głogów', 'Głogowie', 'głogowski', '0203011', 51.664, 16.085],
  ['Jawor', 'Jaworze', 'jaworski', '0205011', 51.053, 16.193],
  ['Karpacz', 'Karpaczu', 'karkonoski', '0206011', 50.777, 15.756],
  ['Szklarska Poręba', 'Szklarskiej Porębie', 'karkonoski', '0206041', 50.826, 15.523],
  ['Kamienna Góra', 'Kamiennej Górze', 'kamiennogórski', '0207011', 50.784, 16.031],
  ['Kłodzko', 'Kłodzku', 'kłodzki', '0208021', 50.435, 16.661],
  ['Bystrzyca Kłodzka', 'Bystrzycy Kłodzkiej', 'kłodzki', '0208063', 50.298, 16.651],
  ['Chojnów', 'Chojnowie', 'legnicki', '0209011', 51.274, 15.935],
  // kujawsko-pomorskie
  ['Bydgoszcz', 'Bydgoszczy', 'Bydgoszcz', '0461011', 53.123, 18.008],
  ['Grudziądz', 'Grudziądzu', 'Grudziądz', '0462011', 53.484, 18.754],
  ['Toruń', 'Toruniu', 'Toruń', '0463011', 53.013, 18.598],
  ['Włocławek', 'Włocławku', 'Włocławek', '0464011', 52.648, 19.068],
  // lubelskie
  ['Biała Podlaska', 'Białej Podlaskiej', 'Biała Podlaska', '0661011', 52.033, 23.116],
  ['Chełm', 'Chełmie', 'Chełm', '0662011', 51.143, 23.471],
  ['Lublin', 'Lublinie', 'Lublin', '0663011', 51.246, 22.568],
  ['Zamość', 'Zamościu', 'Zamość', '0664011', 50.722, 23.252],
  // lubuskie
  ['Gorzów Wielkopolski', 'Gorzowie Wielkopolskim', 'Gorzów Wielkopolski', '0861011', 52.731, 15.238],
  ['Zielona Góra', 'Zielonej Górze', 'Zielona Góra', '0862011', 51.935, 15.506],
  // łódzkie
  ['Łódź', 'Łodzi', 'Łódź', '1061011', 51.759, 19.456],
  ['Piotrków Trybunalski', 'Piotrkowie Trybunalskim', 'Piotrków Trybunalski', '1062011', 51.405, 19.703],
  ['Skierniewice', 'Skierniewicach', 'Skierniewice', '1063011', 51.955, 20.159],
  ['Łowicz', 'Łowiczu', 'łowicki', '1005011', 52.106, 19.945],
  ['Łowicz', 'Łowiczu', 'łowicki', '1005072', 52.09, 19.9],
  ['Nieborów', 'Nieborowie', 'łowicki', '1005092', 52.069, 20.062],
  ['Koluszki', 'Koluszkach', 'łódzki wschodni', '1006073', 51.744, 19.815],
  ['Opoczno', 'Opocznie', 'opoczyński', '1007043', 51.376, 20.278],
  ['Konstantynów Łódzki', 'Konstantynowie Łódzkim', 'pabianicki', '1008011', 51.747, 19.326],
  ['Pabianice', 'Pabianicach', 'pabianicki', '1008021', 51.664, 19.354],
  ['Sulejów', 'Sulejowie', 'piotrkowski', '1010093', 51.353, 19.885],
  ['Uniejów', 'Uniejowie', 'poddębicki', '1011043', 51.97, 18.796],
  ['Radomsko', 'Radomsku', 'radomszczański', '1012011', 51.067, 19.445],
  // małopolskie
  ['Kraków', 'Krakowie', 'Kraków', '1261011', 50.062, 19.937],
  ['Nowy Sącz', 'Nowym Sączu', 'Nowy Sącz', '1262011', 49.625, 20.692],
  ['Tarnów', 'Tarnowie', 'Tarnów', '1263011', 50.012, 20.988],
  ['Szczucin', 'Szczucinie', 'dąbrowski', '1204073', 50.309, 21.075],
  ['Gorlice', 'Gorlicach', 'gorlicki', '1205011', 49.655, 21.16],
  ['Biecz', 'Bieczu', 'gorlicki', '1205023', 49.731, 21.262],
  ['Gorlice', 'Gorlicach', 'gorlicki', '1205042', 49.67, 21.12],
  ['Krzeszowice', 'Krzeszowicach', 'krakowski', '1206063', 50.136, 19.632],
  ['Liszki', 'Liszkach', 'krakowski', '1206072', 50.04, 19.77],
  ['Skawina', 'Skawinie', 'krakowski', '1206113', 49.975, 19.828],
  ['Zabierzów', 'Zabierzowie', 'krakowski', '1206162', 50.114, 19.799],
  ['Limanowa', 'Limanowej', 'limanowski', '1207011', 49.706, 20.422],
  ['Miechów', 'Miechowie', 'miechowski', '1208053', 50.357, 20.028],
  ['Dobczyce', 'Dobczycach', 'myślenicki', '1209013', 49.881, 20.089],
  ['Myślenice', 'Myślenicach', 'myślenicki', '1209033', 49.834, 19.939],
  ['Grybów', 'Grybowie', 'nowosądecki', '1210011', 49.625, 20.949],
  ['Chełmiec', 'Chełmcu', 'nowosądecki', '1210022', 49.638, 20.655],
  ['Krynica-Zdrój', 'Krynicy-Zdroju', 'nowosądecki', '1210073', 49.421, 20.96],
  // mazowieckie
  ['Warszawa', 'Warszawie', 'Warszawa', '1465011', 52.23, 21.011],
  ['Ostrołęka', 'Ostrołęce', 'Ostrołęka', '1461011', 53.086, 21.575],
  ['Płock', 'Płocku', 'Płock', '1462011', 52.547, 19.706],
  ['Radom', 'Radomiu', 'Radom', '1463011', 51.403, 21.147],
  ['Siedlce', 'Siedlcach', 'Siedlce', '1464011', 52.168, 22.29],
  ['Kozienice', 'Kozienicach', 'kozienicki', '1407053', 51.583, 21.548],
  ['Legionowo', 'Legionowie', 'legionowski', '1408011', 52.401, 20.926],
  ['Jabłonna', 'Jabłonnie', 'legionowski', '1408022', 52.379, 20.91],
  ['Serock', 'Serocku', 'legionowski', '1408043', 52.51, 21.069],
  ['Lipsko', 'Lipsku', 'lipski', '1409033', 51.16, 21.649],
  ['Łosice', 'Łosicach', 'łosicki', '1410023', 52.212, 22.718],
  ['Maków Mazowiecki', 'Makowie Mazowieckim', 'makowski', '1411011', 52.865, 21.1],
  ['Mińsk Mazowiecki', 'Mińsku Mazowieckim', 'miński', '1412011', 52.179, 21.572],
  ['Sulejówek', 'Sulejówku', 'miński', '1412151', 52.245, 21.28],
  ['Mława', 'Mławie', 'mławski', '1413011', 53.113, 20.384],
  ['Nowy Dwór Mazowiecki', 'Nowym Dworze Mazowieckim', 'nowodworski', '1414011', 52.431, 20.713],
  ['Nasielsk', 'Nasielsku', 'nowodworski', '1414043', 52.588, 20.806],
  // opolskie
  ['Opole', 'Opolu', 'Opole', '1661011', 50.675, 17.921],
  // podkarpackie
  ['Krosno', 'Krośnie', 'Krosno', '1861011', 49.689, 21.77],
  ['Przemyśl', 'Przemyślu', 'Przemyśl', '1862011', 49.784, 22.768],
  ['Rzeszów', 'Rzeszowie', 'Rzeszów', '1863011', 50.041, 21.999],
  ['Tarnobrzeg', 'Tarnobrzegu', 'Tarnobrzeg', '1864011', 50.573, 21.679],
  // podlaskie
  ['Białystok', 'Białymstoku', 'Białystok', '2061011', 53.133, 23.164],
  ['Łomża', 'Łomży', 'Łomża', '2062011', 53.178, 22.059],
  ['Suwałki', 'Suwałkach', 'Suwałki', '2063011', 54.111, 22.931],
  ['Hajnówka', 'Hajnówce', 'hajnowski', '2005011', 52.743, 23.581],
  ['Piątnica', 'Piątnicy', 'łomżyński', '2007052', 53.196, 22.094],
  ['Knyszyn', 'Knyszynie', 'moniecki', '2008043', 53.313, 22.919],
  ['Mońki', 'Mońkach', 'moniecki', '2008063', 53.405, 22.798],
  ['Sejny', 'Sejnach', 'sejneński', '2009011', 54.106, 23.348],
  ['Puńsk', 'Puńsku', 'sejneński', '2009042', 54.252, 23.185],
  ['Siemiatycze', 'Siemiatyczach', 'siemiatycki', '2010011', 52.427, 22.862],
  ['Drohiczyn', 'Drohiczynie', 'siemiatycki', '2010023', 52.398, 22.659],
  ['Krynki', 'Krynkach', 'sokólski', '2011043', 53.265, 23.772],
  ['Sokółka', 'Sokółce', 'sokólski', '2011083', 53.406, 23.502],
  ['Wysokie Mazowieckie', 'Wysokiem Mazowieckiem', 'wysokomazowiecki', '2013011', 52.918, 22.518],
  ['Ciechanowiec', 'Ciechanowcu', 'wysokomazowiecki', '2013023', 52.681, 22.499],
  ['Zambrów', 'Zambrowie', 'zambrowski', '2014011', 52.985, 22.244],
  // pomorskie
  ['Gdańsk', 'Gdańsku', 'Gdańsk', '2261011', 54.352, 18.646],
  ['Gdynia', 'Gdyni', 'Gdynia', '2262011', 54.518, 18.531],
  ['Słupsk', 'Słupsku', 'Słupsk', '2263011', 54.464, 17.028],
  ['Sopot', 'Sopocie', 'Sopot', '2264011', 54.442, 18.56],
  // śląskie
  ['Katowice', 'Katowicach', 'Katowice', '2469011', 50.264, 19.024],
  ['Bielsko-Biała', 'Bielsku-Białej', 'Bielsko-Biała', '2461011', 49.822, 19.044],
  ['Bytom', 'Bytomiu', 'Bytom', '2462011', 50.348, 18.916],
  ['Chorzów', 'Chorzowie', 'Chorzów', '2463011', 50.297, 18.954],
  ['Częstochowa', 'Częstochowie', 'Częstochowa', '2464011', 50.812, 19.12],
  ['Dąbrowa Górnicza', 'Dąbrowie Górniczej', 'Dąbrowa Górnicza', '2465011', 50.322, 19.187],
  ['Gliwice', 'Gliwicach', 'Gliwice', '2466011', 50.294, 18.671],
  ['Jastrzębie-Zdrój', 'Jastrzębiu-Zdroju', 'Jastrzębie-Zdrój', '2467011', 49.957, 18.574],
  ['Jaworzno', 'Jaworznie', 'Jaworzno', '2468011', 50.205, 19.274],
  ['Mysłowice', 'Mysłowicach', 'Mysłowice', '2470011', 50.208, 19.166],
  ['Piekary Śląskie', 'Piekarach Śląskich', 'Piekary Śląskie', '2471011', 50.383, 18.943],
  ['Ruda Śląska', 'Rudzie Śląskiej', 'Ruda Śląska', '2472011', 50.256, 18.856],
  ['Rybnik', 'Rybniku', 'Rybnik', '2473011', 50.102, 18.546],
  ['Siemianowice Śląskie', 'Siemianowicach Śląskich', 'Siemianowice Śląskie', '2474011', 50.327, 19.03],
  ['Sosnowiec', 'Sosnowcu', 'Sosnowiec', '2475011', 50.286, 19.104],
  ['Świętochłowice', 'Świętochłowicach', 'Świętochłowice', '2476011', 50.296, 18.918],
  ['Tychy', 'Tychach', 'Tychy', '2477011', 50.136, 18.966],
  ['Zabrze', 'Zabrzu', 'Zabrze', '2478011', 50.325, 18.786],
  ['Żory', 'Żorach', 'Żory', '2479011', 50.045, 18.7],
  ['Kuźnia Raciborska', 'Kuźni Raciborskiej', 'raciborski', '2411053', 50.205, 18.313],
  ['Czerwionka-Leszczyny', 'Czerwionce-Leszczynach', 'rybnicki', '2412013', 50.154, 18.679],
  ['Radzionków', 'Radzionkowie', 'tarnogórski', '2413031', 50.398, 18.9],
  ['Tarnowskie Góry', 'Tarnowskich Górach', 'tarnogórski', '2413041', 50.445, 18.861],
  ['Bieruń', 'Bieruniu', 'bieruńsko-lędziński', '2414011', 50.09, 19.093],
  ['Lędziny', 'Lędzinach', 'bieruńsko-lędziński', '2414031', 50.142, 19.129],
  ['Rydułtowy', 'Rydułtowach', 'wodzisławski', '2415031', 50.058, 18.418],
  ['Wodzisław Śląski', 'Wodzisławiu Śląskim', 'wodzisławski', '2415041', 50.004, 18.461],
  ['Zawiercie', 'Zawierciu', 'zawierciański', '2416021', 50.488, 19.417],
  ['Ogrodzieniec', 'Ogrodzieńcu', 'zawierciański', '2416063', 50.452, 19.524],
  ['Żywiec', 'Żywcu', 'żywiecki', '2417011', 49.686, 19.193],
  ['Węgierska Górka', 'Węgierskiej Górce', 'żywiecki', '2417152', 49.609, 19.117],
  // świętokrzyskie
  ['Kielce', 'Kielcach', 'Kielce', '2661011', 50.866, 20.628],
  // warmińsko-mazurskie
  ['Olsztyn', 'Olsztynie', 'Olsztyn', '2862011', 53.778, 20.48],
  ['Elbląg', 'Elblągu', 'Elbląg', '2861011', 54.156, 19.404],
  // wielkopolskie
  ['Poznań', 'Poznaniu', 'Poznań', '3064011', 52.406, 16.925],
  ['Kalisz', 'Kaliszu', 'Kalisz', '3061011', 51.761, 18.091],
  ['Konin', 'Koninie', 'Konin', '3062011', 52.223, 18.251],
  ['Leszno', 'Lesznie', 'Leszno', '3063011', 51.842, 16.575],
  // zachodniopomorskie
  ['Szczecin', 'Szczecinie', 'Szczecin', '3262011', 53.428, 14.553],
  ['Koszalin', 'Koszalinie', 'Koszalin', '3261011', 54.194, 16.172],
  ['Świnoujście', 'Świnoujściu', 'Świnoujście', '3263011', 53.91, 14.247],
];

/** Voivodeship capitals draw more projects and organisations than small towns. */
const REGIONAL_CAPITALS = new Set([
  'Wrocław',
  'Bydgoszcz',
  'Toruń',
  'Lublin',
  'Gorzów Wielkopolski',
  'Zielona Góra',
  'Łódź',
  'Kraków',
  'Warszawa',
  'Opole',
  'Rzeszów',
  'Białystok',
  'Gdańsk',
  'Katowice',
  'Kielce',
  'Olsztyn',
  'Poznań',
  'Szczecin',
]);

export type GminaType = 'urban' | 'rural' | 'urban_rural';

export interface PolishPlace {
  readonly name: string;
  readonly locative: string;
  readonly county: string;
  readonly teryt: string;
  readonly voivodeshipCode: VoivodeshipCode;
  readonly voivodeship: string;
  readonly gminaType: GminaType;
  readonly latitude: number;
  readonly longitude: number;
  /** The gmina as an organisation, e.g. "Gmina Miejska Tarnów" or "Gmina Liszki". */
  readonly municipalityName: string;
  /** Null for a rural gmina, which is not a town. */
  readonly city: string | null;
  readonly label: string;
  /** "w Tarnowie" */
  readonly inTown: string;
  /** "w gminie Liszki" for a rural or mixed gmina, "w Tarnowie" for a town. */
  readonly inMunicipality: string;
  /** "w powiecie gorlickim", or the city itself when it is its own county. */
  readonly inCounty: string;
  readonly weight: number;
}

const GMINA_TYPES: Readonly<Record<string, GminaType>> = { '1': 'urban', '2': 'rural', '3': 'urban_rural' };

function isVoivodeshipCode(code: string): code is VoivodeshipCode {
  return code in VOIVODESHIPS;
}

/** "gorlicki" → "gorlickim", "łódzki wschodni" → "łódzkim wschodnim". */
function countyLocative(county: string): string {
  return county
    .split(' ')
    .map((word) => (word.endsWith('i') ? `${word}m` : word))
    .join(' ');
}

/** "we Wrocławiu", "we Włocławku": Polish adds a vowel before w + consonant. */
function inPreposition(locative: string): string {
  const [first = '', second = ''] = locative.toLowerCase();
  return (first === 'w' || first === 'f') && !'aeiouyąęó'.includes(second) ? 'we' : 'w';
}

function placeFromRow([name, locative, county, teryt, latitude, longitude]: PlaceRow): PolishPlace {
  const voivodeshipCode = teryt.slice(0, 2);
  const gminaType = GMINA_TYPES[teryt.slice(6)];
  if (!isVoivodeshipCode(voivodeshipCode) || !gminaType) throw new Error(`Bad TERYT code ${teryt} for ${name}`);
  const isCountyCity = county === name;
  const isTown = gminaType === 'urban';
  const inTown = `${inPreposition(locative)} ${locative}`;
  return {
    name,
    locative,
    county,
    teryt,
    voivodeshipCode,
    voivodeship: VOIVODESHIPS[voivodeshipCode],
    gminaType,
    latitude,
    longitude,
    municipalityName: isTown ? `Gmina Miejska ${name}` : `Gmina ${name}`,
    city: gminaType === 'rural' ? null : name,
    label: gminaType === 'rural' ? `gmina ${name}` : name,
    inTown,
    inMunicipality: isTown ? inTown : `w gminie ${name}`,
    inCounty: isCountyCity ? inTown : `w powiecie ${countyLocative(county)}`,
    weight: REGIONAL_CAPITALS.has(name) ? 8 : isCountyCity ? 3 : 1,
  };
}

export const POLISH_PLACES: readonly PolishPlace[] = PLACE_ROWS.map(placeFromRow);

export const PLACES_BY_VOIVODESHIP: ReadonlyMap<VoivodeshipCode, readonly PolishPlace[]> = (() => {
  const map = new Map<VoivodeshipCode, PolishPlace[]>();
  for (const place of POLISH_PLACES) {
    const list = map.get(place.voivodeshipCode) ?? [];
    list.push(place);
    map.set(place.voivodeshipCode, list);
  }
  return map;
})();

/** Finds a place by name, preferring the town over the rural gmina of the same name. */
export function placeNamed(name: string): PolishPlace {
  const place = POLISH_PLACES.find((candidate) => candidate.name === name && candidate.city !== null);
  if (!place) throw new Error(`No demo place named ${name}`);
  return place;
}

/** Population in hundreds of thousands (rounded), so national programmes spread like people do. */
export const VOIVODESHIP_POPULATION: Readonly<Record<VoivodeshipCode, number>> = {
  '02': 29,
  '04': 20,
  '06': 21,
  '08': 10,
  '10': 24,
  '12': 34,
  '14': 55,
  '16': 10,
  '18': 21,
  '20': 12,
  '22': 23,
  '24': 45,
  '26': 12,
  '28': 14,
  '30': 35,
  '32': 17,
};

export const VOIVODESHIP_CODES = Object.keys(VOIVODESHIP_POPULATION) as VoivodeshipCode[];

export const VOIVODESHIP_TABLE = weightedTable(
  VOIVODESHIP_CODES.map((code) => [code, VOIVODESHIP_POPULATION[code]] as const),
);

/** Partner countries with the Polish genitive used in "partnerzy z Włoch". */
export const PARTNER_COUNTRIES: Readonly<Record<string, string>> = {
  DE: 'z Niemiec',
  CZ: 'z Czech',
  SK: 'ze Słowacji',
  LT: 'z Litwy',
  UA: 'z Ukrainy',
  IT: 'z Włoch',
  ES: 'z Hiszpanii',
  FR: 'z Francji',
  PT: 'z Portugalii',
  NL: 'z Holandii',
  SE: 'ze Szwecji',
  DK: 'z Danii',
  GR: 'z Grecji',
  RO: 'z Rumunii',
};
