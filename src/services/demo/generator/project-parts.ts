import type { OrganisationKind, ProjectStatus } from '../../../domain/codes.js';
import type { Contact, Indicator, Place, ProjectLink, StakeholderGroup } from '../../../domain/project.js';
import { civilFromDay } from './calendar.js';
import { PLACES_BY_VOIVODESHIP, type PolishPlace } from './places.js';
import type { MeasureProfile, ProgrammeProfile } from './programmes.js';
import type { Random } from './random.js';
import type { IndicatorTemplate, Theme } from './theme-types.js';

const NEIGHBOURS_KEPT = 3;

/** Each place's nearest other places in its voivodeship, by straight-line distance, found once. */
const NEIGHBOURS = new Map<PolishPlace, readonly PolishPlace[]>(
  [...PLACES_BY_VOIVODESHIP.values()].flatMap((places) =>
    places.map((place) => {
      // A degree of longitude is about 0.62 of a degree of latitude at Polish latitudes (cos 52°).
      const squaredDistance = (other: PolishPlace): number =>
        (other.latitude - place.latitude) ** 2 + ((other.longitude - place.longitude) * 0.62) ** 2;
      const others = places
        .filter((other) => other.name !== place.name)
        .sort((a, b) => squaredDistance(a) - squaredDistance(b))
        .slice(0, NEIGHBOURS_KEPT);
      return [place, others.length > 0 ? others : [place]] as const;
    }),
  ),
);

/**
 * A nearby gmina in the same voivodeship, for a road's far end or a second place; the
 * place itself only when its region has no other (Opole, Kielce in the list).
 */
export function neighbouringPlace(random: Random, place: PolishPlace): PolishPlace {
  return random.pick(NEIGHBOURS.get(place) ?? [place]);
}

const AREA_NAMES = [
  'obszar rewitalizacji',
  'Stare Miasto',
  'centrum miasta',
  'osiedle Zachód',
  'dzielnica przemysłowa',
];
const AREA_THEMES = new Set(['revitalisation', 'urban_network', 'culture']);

/**
 * The beneficiary's gmina, sometimes a named area inside it; other bodies now and then
 * work in a second gmina too, while a gmina keeps to its own territory.
 */
export function projectPlaces(
  random: Random,
  theme: Theme,
  beneficiaryKind: OrganisationKind,
  place: PolishPlace,
  otherPlace: PolishPlace,
): Place[] {
  const areaName = AREA_THEMES.has(theme.id) && random.chance(0.5) ? random.pick(AREA_NAMES) : null;
  const places = [placeOf(random, place, areaName)];
  const mayReachFurther = beneficiaryKind !== 'municipality' && otherPlace !== place;
  if (mayReachFurther && random.chance(theme.category === 'investment' ? 0.12 : 0.25)) {
    places.push(placeOf(random, otherPlace, null));
  }
  return places;
}

function placeOf(random: Random, place: PolishPlace, areaName: string | null): Place {
  return {
    label: areaName ? `${place.label}, ${areaName}` : place.label,
    country: 'PL',
    voivodeship: place.voivodeship,
    county: place.county,
    municipality: place.name,
    teryt: place.teryt,
    city: place.city,
    areaName,
    latitude: jitter(random, place.latitude),
    longitude: jitter(random, place.longitude),
  };
}

/** About a kilometre either way, rounded to four decimals like a geocoder's output. */
function jitter(random: Random, coordinate: number): number {
  return Math.round((coordinate + random.between(-0.01, 0.01)) * 10_000) / 10_000;
}

/** Targets from the templates' ranges; achievements as far as the project has got. */
export function projectIndicators(
  random: Random,
  templates: readonly IndicatorTemplate[],
  status: ProjectStatus,
  progress: number,
): Indicator[] {
  const count = random.int(1, Math.min(3, templates.length));
  return random.sample(templates, count).map((template) => {
    const target = roundTo(random.between(template.min, template.max), template);
    return {
      kind: template.kind,
      name: template.name,
      unit: template.unit,
      baseline: 0,
      target,
      achieved: achievedValue(random, target, template, status, progress),
    };
  });
}

function achievedValue(
  random: Random,
  target: number,
  template: IndicatorTemplate,
  status: ProjectStatus,
  progress: number,
): number | null {
  if (status === 'completed') return roundTo(target * random.between(0.9, 1.15), template);
  if (status === 'in_progress') return roundTo(target * progress * random.between(0.6, 1.05), template);
  if (status === 'cancelled' && random.chance(0.5)) return roundTo(target * random.between(0, 0.3), template);
  return null;
}

function roundTo(value: number, template: IndicatorTemplate): number {
  const scale = 10 ** (template.decimals ?? 0);
  return Math.round(value * scale) / scale;
}

const PRELIMINARY_NUMBER_SHARE = 0.03;

/**
 * A contract number in the programme's own format, e.g. POWR.04.03.00-00-0123/17-00 or
 * FENG.02.10-IP.01-0005/23. The serial is the project's index, so numbers never repeat;
 * a few projects have none yet (or never had one, like URBACT).
 */
export function contractNumber(
  random: Random,
  programme: ProgrammeProfile,
  measure: MeasureProfile,
  place: PolishPlace,
  startDay: number,
  index: number,
): string | null {
  if (programme.contractPrefix === null || random.chance(PRELIMINARY_NUMBER_SHARE)) return null;
  const year = String(civilFromDay(startDay).year % 100).padStart(2, '0');
  const serial = String(index + 1).padStart(programme.period === '2007-2013' ? 3 : 4, '0');
  const segments = `${programme.contractPrefix}.${measure.contractSegments}`;
  if (programme.period === '2021-2027') {
    return `${segments}-IP.${String(measure.intermediateBody).padStart(2, '0')}-${serial}/${year}`;
  }
  const region = measure.regional ? place.voivodeshipCode : '00';
  return `${segments}-${region}-${serial}/${year}-00`;
}

export function projectTopics(random: Random, theme: Theme): string[] {
  const [main, ...others] = theme.topics;
  return [main, ...random.sample(others, random.int(0, Math.min(2, others.length)))];
}

const CONTACT_ROLES = [
  'Koordynator projektu',
  'Biuro projektu',
  'Zespół ds. funduszy europejskich',
  'Kierownik projektu',
];
const CONTACT_NOTES = [
  'Biuro projektu jest czynne w dni robocze w godzinach 8:00–16:00.',
  'Jeśli chcesz wziąć udział w projekcie lub dowiedzieć się o nim więcej, napisz do nas.',
];

export function projectContact(random: Random, index: number): Contact | null {
  if (!random.chance(0.4)) return null;
  return {
    name: random.pick(CONTACT_ROLES),
    email: `projekt${index + 1}@example.org`,
    phone: null,
    note: random.chance(0.5) ? random.pick(CONTACT_NOTES) : null,
  };
}

const LINK_CHOICES: readonly ProjectLink[] = [
  { kind: 'document', title: 'Plakat informacyjny projektu', url: 'plakat.pdf' },
  { kind: 'document', title: 'Regulamin projektu', url: 'regulamin.pdf' },
  { kind: 'photo', title: 'Galeria zdjęć z realizacji', url: 'galeria' },
  { kind: 'video', title: 'Film o projekcie', url: 'film' },
  { kind: 'link', title: 'Aktualności na stronie beneficjenta', url: 'aktualnosci' },
];

export function projectLinks(random: Random, slug: string): ProjectLink[] {
  if (!random.chance(0.2)) return [];
  return random.sample(LINK_CHOICES, random.int(1, 2)).map((link) => ({
    ...link,
    url: `https://example.org/projekty/${slug}/${link.url}`,
  }));
}

const URBACT_GROUP: StakeholderGroup = {
  name: 'Lokalna Grupa Wsparcia URBACT',
  description: 'Interesariusze, którzy wspólnie z urzędem miasta współtworzą zintegrowany plan działań.',
  members: [
    'przedstawiciele mieszkańców',
    'lokalni przedsiębiorcy',
    'organizacje pozarządowe',
    'ośrodek pomocy społecznej',
  ],
};
const INITIATIVE_GROUP: StakeholderGroup = {
  name: 'Grupa Inicjatywna',
  description: 'Międzysektorowa grupa, która wypracowuje rozwiązanie razem z partnerem ponadnarodowym.',
  members: [],
};

export function projectGroups(random: Random, theme: Theme): StakeholderGroup[] {
  if (theme.id === 'urban_network' && random.chance(0.7)) return [URBACT_GROUP];
  if (theme.id === 'transnational' && random.chance(0.4)) return [INITIATIVE_GROUP];
  return [];
}
