import type { OrganisationKind } from '../../../domain/codes.js';

/** Grammatical gender of an organisation's head noun, so a sentence can say "zrealizowała". */
export type Gender = 'm' | 'f' | 'n';

/**
 * What an organisation does, finer than its kind: a theme asks for a hospital or a labour
 * office, not just "a public institution", so titles and beneficiaries agree.
 */
export type BeneficiaryRole =
  | 'municipality'
  | 'ngo'
  | 'university'
  | 'firm'
  | 'water_company'
  | 'transport_company'
  | 'heat_company'
  | 'labour_office'
  | 'welfare_centre'
  | 'roads_authority'
  | 'library'
  | 'museum'
  | 'hospital'
  | 'school'
  | 'shared_services'
  | 'culture_centre';

/** A body named after its town ("… w Tarnowie"); some exist only in towns, not in village gminas. */
export interface LocalBodyName {
  readonly prefix: string;
  readonly gender: Gender;
  readonly role: BeneficiaryRole;
  readonly townOnly: boolean;
}

const localBody = (prefix: string, gender: Gender, role: BeneficiaryRole, townOnly: boolean): LocalBodyName => ({
  prefix,
  gender,
  role,
  townOnly,
});

/** Real foreign public bodies and plausible foreign NGOs, with the city's Polish name. */
export interface ForeignOrganisationName {
  readonly country: string;
  readonly name: string;
  readonly kind: OrganisationKind;
  readonly city: string;
}

const foreign = (country: string, name: string, kind: OrganisationKind, city: string): ForeignOrganisationName => ({
  country,
  name,
  kind,
  city,
});

/** Grouped by country; the pool takes one per country in turn so small pools still span many countries. */
export const FOREIGN_ORGANISATIONS: readonly (readonly ForeignOrganisationName[])[] = [
  [
    foreign('DE', 'Landeshauptstadt Dresden', 'foreign_city', 'Drezno'),
    foreign('DE', 'Stadt Görlitz', 'foreign_city', 'Görlitz'),
    foreign('DE', 'Stadt Zittau', 'foreign_city', 'Żytawa'),
    foreign('DE', 'Stadt Bautzen', 'foreign_city', 'Budziszyn'),
    foreign('DE', 'Netzwerk Grenzenlos e.V.', 'ngo', 'Görlitz'),
  ],
  [
    foreign('CZ', 'Statutární město Ostrava', 'foreign_city', 'Ostrawa'),
    foreign('CZ', 'Statutární město Liberec', 'foreign_city', 'Liberec'),
    foreign('CZ', 'Spolek Otevřená komunita', 'ngo', 'Praga'),
  ],
  [foreign('SK', 'Mesto Košice', 'foreign_city', 'Koszyce'), foreign('SK', 'Mesto Žilina', 'foreign_city', 'Żylina')],
  [
    foreign('LT', 'Vilniaus miesto savivaldybė', 'foreign_city', 'Wilno'),
    foreign('LT', 'Kauno miesto savivaldybė', 'foreign_city', 'Kowno'),
  ],
  [
    foreign('UA', 'Lvivska miska rada', 'foreign_city', 'Lwów'),
    foreign('UA', 'Ivano-Frankivska miska rada', 'foreign_city', 'Iwano-Frankiwsk'),
  ],
  [
    foreign('IT', 'Comune di Bologna', 'foreign_city', 'Bolonia'),
    foreign('IT', 'Comune di Reggio Emilia', 'foreign_city', 'Reggio Emilia'),
    foreign('IT', 'Cooperativa Sociale Il Ponte', 'ngo', 'Bolonia'),
  ],
  [
    foreign('ES', 'Ajuntament de València', 'foreign_city', 'Walencja'),
    foreign('ES', 'Ayuntamiento de Sevilla', 'foreign_city', 'Sewilla'),
    foreign('ES', 'Fundación Ciudadanía Activa', 'ngo', 'Madryt'),
  ],
  [
    foreign('FR', 'Ville de Lille', 'foreign_city', 'Lille'),
    foreign('FR', 'Ville de Nantes', 'foreign_city', 'Nantes'),
    foreign('FR', 'Association Quartiers Solidaires', 'ngo', 'Marsylia'),
  ],
  [
    foreign('PT', 'Câmara Municipal do Porto', 'foreign_city', 'Porto'),
    foreign('PT', 'Câmara Municipal de Lisboa', 'foreign_city', 'Lizbona'),
  ],
  [
    foreign('NL', 'Gemeente Utrecht', 'foreign_city', 'Utrecht'),
    foreign('NL', 'Gemeente Rotterdam', 'foreign_city', 'Rotterdam'),
    foreign('NL', 'Stichting Buurtwerk Samen', 'ngo', 'Amsterdam'),
  ],
  [foreign('SE', 'Malmö stad', 'foreign_city', 'Malmö'), foreign('SE', 'Göteborgs Stad', 'foreign_city', 'Göteborg')],
  [
    foreign('DK', 'Aarhus Kommune', 'foreign_city', 'Aarhus'),
    foreign('DK', 'Odense Kommune', 'foreign_city', 'Odense'),
  ],
  [
    foreign('GR', 'Dimos Thessalonikis', 'foreign_city', 'Saloniki'),
    foreign('GR', 'Dimos Irakleiou', 'foreign_city', 'Heraklion'),
  ],
  [
    foreign('RO', 'Primăria Municipiului Cluj-Napoca', 'foreign_city', 'Kluż-Napoka'),
    foreign('RO', 'Primăria Municipiului Iași', 'foreign_city', 'Jassy'),
    foreign('RO', 'Asociația Comunități Active', 'ngo', 'Braszów'),
  ],
];

export interface UniversityName {
  readonly name: string;
  readonly shortName: string | null;
  /** A name from the places list. */
  readonly city: string;
  readonly gender: Gender;
}

const university = (name: string, shortName: string | null, city: string, gender: Gender): UniversityName => ({
  name,
  shortName,
  city,
  gender,
});

/** Real universities; Politechnika Białostocka is left out because a seed page names it. */
export const UNIVERSITIES: readonly UniversityName[] = [
  university('Uniwersytet Jagielloński', 'UJ', 'Kraków', 'm'),
  university('Akademia Górniczo-Hutnicza im. Stanisława Staszica w Krakowie', 'AGH', 'Kraków', 'f'),
  university('Uniwersytet Warszawski', 'UW', 'Warszawa', 'm'),
  university('Politechnika Warszawska', 'PW', 'Warszawa', 'f'),
  university('Uniwersytet im. Adama Mickiewicza w Poznaniu', 'UAM', 'Poznań', 'm'),
  university('Politechnika Poznańska', 'PP', 'Poznań', 'f'),
  university('Uniwersytet Wrocławski', 'UWr', 'Wrocław', 'm'),
  university('Politechnika Wrocławska', 'PWr', 'Wrocław', 'f'),
  university('Uniwersytet Łódzki', 'UŁ', 'Łódź', 'm'),
  university('Politechnika Łódzka', 'PŁ', 'Łódź', 'f'),
  university('Uniwersytet Gdański', 'UG', 'Gdańsk', 'm'),
  university('Politechnika Gdańska', 'PG', 'Gdańsk', 'f'),
  university('Uniwersytet Śląski w Katowicach', 'UŚ', 'Katowice', 'm'),
  university('Politechnika Śląska', 'PŚ', 'Gliwice', 'f'),
  university('Uniwersytet Marii Curie-Skłodowskiej w Lublinie', 'UMCS', 'Lublin', 'm'),
  university('Politechnika Lubelska', null, 'Lublin', 'f'),
  university('Uniwersytet Mikołaja Kopernika w Toruniu', 'UMK', 'Toruń', 'm'),
  university('Uniwersytet Kazimierza Wielkiego w Bydgoszczy', 'UKW', 'Bydgoszcz', 'm'),
  university('Uniwersytet w Białymstoku', 'UwB', 'Białystok', 'm'),
  university('Uniwersytet Medyczny w Białymstoku', 'UMB', 'Białystok', 'm'),
  university('Politechnika Rzeszowska im. Ignacego Łukasiewicza', 'PRz', 'Rzeszów', 'f'),
  university('Uniwersytet Rzeszowski', 'UR', 'Rzeszów', 'm'),
  university('Uniwersytet Warmińsko-Mazurski w Olsztynie', 'UWM', 'Olsztyn', 'm'),
  university('Politechnika Świętokrzyska', null, 'Kielce', 'f'),
  university('Uniwersytet Opolski', null, 'Opole', 'm'),
  university('Uniwersytet Zielonogórski', null, 'Zielona Góra', 'm'),
  university('Zachodniopomorski Uniwersytet Technologiczny w Szczecinie', 'ZUT', 'Szczecin', 'm'),
  university('Akademia Tarnowska', null, 'Tarnów', 'f'),
  university('Akademia Nauk Stosowanych w Nowym Sączu', null, 'Nowy Sącz', 'f'),
  university('Państwowa Akademia Nauk Stosowanych w Krośnie', null, 'Krosno', 'f'),
  university('Państwowa Akademia Nauk Stosowanych w Chełmie', null, 'Chełm', 'f'),
];

/** Public bodies; "Miejski" becomes "Gminny" in a village gmina. */
export const PUBLIC_INSTITUTIONS: readonly LocalBodyName[] = [
  localBody('Powiatowy Urząd Pracy', 'm', 'labour_office', true),
  localBody('Miejski Ośrodek Pomocy Społecznej', 'm', 'welfare_centre', false),
  localBody('Zarząd Dróg i Transportu', 'm', 'roads_authority', true),
  localBody('Miejska Biblioteka Publiczna', 'f', 'library', false),
  localBody('Muzeum Regionalne', 'n', 'museum', false),
  localBody('Szpital Specjalistyczny', 'm', 'hospital', true),
  localBody('Zespół Szkół Zawodowych nr 1', 'm', 'school', true),
  localBody('Centrum Usług Wspólnych', 'n', 'shared_services', false),
  localBody('Miejski Dom Kultury', 'm', 'culture_centre', false),
];

/** Municipal companies, written "… w Tarnowie sp. z o.o.". */
export const MUNICIPAL_COMPANIES: readonly LocalBodyName[] = [
  localBody('Przedsiębiorstwo Wodociągów i Kanalizacji', 'n', 'water_company', false),
  localBody('Miejskie Przedsiębiorstwo Komunikacyjne', 'n', 'transport_company', true),
  localBody('Przedsiębiorstwo Energetyki Cieplnej', 'n', 'heat_company', true),
];

export const COMPANY_STEMS = [
  'Eko',
  'Termo',
  'Agro',
  'Info',
  'Medi',
  'Geo',
  'Bio',
  'Nano',
  'Hydro',
  'Elektro',
  'Solar',
  'Poli',
  'Astra',
  'Vento',
  'Terra',
];
export const COMPANY_ENDINGS = ['tech', 'bud', 'soft', 'lab', 'med', 'pol', 'system', 'serwis', 'plast', 'met', 'net'];
export const COMPANY_QUALIFIERS = ['', ' Polska', ' Group', ' Solutions', ' Innovations'];

/** NGO names; the quoted ones are brand names, the others read as "Fundacja Rozwoju …". */
export const NGO_NAMES = [
  '„Aktywni Razem”',
  '„Wspólna Przestrzeń”',
  'Na Rzecz Rozwoju Lokalnego',
  '„Edukacja bez Granic”',
  '„Pomocna Dłoń”',
  '„Otwarte Drzwi”',
  '„Zielona Przyszłość”',
  '„Dobry Start”',
  'Inicjatyw Społecznych',
  'Rozwoju Przedsiębiorczości',
  '„Szansa”',
  '„Horyzont”',
  '„Krok Dalej”',
  '„Razem dla Regionu”',
  'Wspierania Inicjatyw Obywatelskich',
  'Ekonomii Społecznej',
  '„Młodzi dla Przyszłości”',
  '„Seniorzy w Akcji”',
  'Kultury i Dziedzictwa',
  'Równych Szans',
  '„Zdrowie i Aktywność”',
  'Edukacji Ekologicznej',
];

export const NGO_FORMS: readonly (readonly [form: string, gender: Gender])[] = [
  ['Fundacja', 'f'],
  ['Stowarzyszenie', 'n'],
];

export const SOCIAL_COOPERATIVE_NAMES = [
  '„Pracownia”',
  '„Dobre Miejsce”',
  '„Zielony Ogród”',
  '„Smaki Regionu”',
  '„Warsztat”',
];
