import type { OrganisationKind, VoivodeshipCode } from '../../../domain/codes.js';
import type { OrganisationInput } from '../../../domain/organisation.js';
import { slugify } from '../../../domain/text.js';
import { SEED_ORGANISATIONS } from '../seed-organisations.js';
import { escapeHtml } from './html.js';
import {
  type BeneficiaryRole,
  COMPANY_ENDINGS,
  COMPANY_QUALIFIERS,
  COMPANY_STEMS,
  FOREIGN_ORGANISATIONS,
  type Gender,
  type LocalBodyName,
  MUNICIPAL_COMPANIES,
  NGO_FORMS,
  NGO_NAMES,
  PUBLIC_INSTITUTIONS,
  SOCIAL_COOPERATIVE_NAMES,
  UNIVERSITIES,
  type UniversityName,
} from './organisation-names.js';
import { PLACES_BY_VOIVODESHIP, type PolishPlace, placeNamed, VOIVODESHIP_CODES, VOIVODESHIP_TABLE } from './places.js';
import { Random, streamSeed, type WeightedTable, weightedTable } from './random.js';

export interface PoolOrganisation {
  readonly input: OrganisationInput;
  readonly gender: Gender;
  readonly role: BeneficiaryRole;
  /** The name escaped once for the HTML descriptions that repeat it. */
  readonly htmlName: string;
  /** Home gmina of a Polish organisation; null for a foreign one. */
  readonly place: PolishPlace | null;
}

export interface OrganisationPool {
  readonly organisations: readonly PoolOrganisation[];
  readonly polish: readonly PoolOrganisation[];
  readonly byVoivodeship: ReadonlyMap<VoivodeshipCode, readonly PoolOrganisation[]>;
  readonly byVoivodeshipAndRole: ReadonlyMap<
    VoivodeshipCode,
    ReadonlyMap<BeneficiaryRole, readonly PoolOrganisation[]>
  >;
  readonly polishByRole: ReadonlyMap<BeneficiaryRole, readonly PoolOrganisation[]>;
  readonly foreignByCountry: ReadonlyMap<string, readonly PoolOrganisation[]>;
}

const MIN_POOL_SIZE = 40;
/**
 * Beyond this the name lists run dry (there are ~140 gminas in the place list) and twins
 * named alike would pile up; a million projects then share 3 000 bodies.
 */
const MAX_POOL_SIZE = 3000;
const PROJECTS_PER_ORGANISATION = 4;
const FOREIGN_SHARE = 0.1;
/** Keeps the organisation streams apart from the project streams of the same seed. */
const ORGANISATION_STREAM_SALT = 0x5eed0f6a;

export function organisationPoolSize(projectCount: number): number {
  return Math.min(MAX_POOL_SIZE, Math.max(MIN_POOL_SIZE, Math.round(projectCount / PROJECTS_PER_ORGANISATION)));
}

/**
 * Builds the organisations the projects refer to. Organisation k depends only on the seed
 * and k, so a larger pool extends a smaller one. Slugs avoid the seed organisations' slugs,
 * because the demo loader inserts both.
 */
export function buildOrganisationPool(seed: number, projectCount: number): OrganisationPool {
  const size = organisationPoolSize(projectCount);
  const slugs = new SlugRegistry(SEED_ORGANISATIONS.map((organisation) => organisation.slug));
  const foreign = foreignOrganisations(Math.round(size * FOREIGN_SHARE), slugs);
  const polish: PoolOrganisation[] = [];
  for (let index = 0; polish.length < size - foreign.length; index += 1) {
    const random = new Random(streamSeed(seed ^ ORGANISATION_STREAM_SALT, index));
    polish.push(polishOrganisation(random, index, slugs));
  }
  return indexPool([...foreign, ...polish], polish);
}

class SlugRegistry {
  private readonly taken: Set<string>;

  constructor(reserved: readonly string[]) {
    this.taken = new Set(reserved);
  }

  isTaken(slug: string): boolean {
    return this.taken.has(slug);
  }

  /** Claims the slug, or the first free `slug-2`, `slug-3`, … */
  claim(slug: string): string {
    let candidate = slug;
    for (let suffix = 2; this.taken.has(candidate); suffix += 1) candidate = `${slug}-${suffix}`;
    this.taken.add(candidate);
    return candidate;
  }
}

/** One organisation per country in turn, so even the smallest pool spans all partner countries. */
function foreignOrganisations(wanted: number, slugs: SlugRegistry): PoolOrganisation[] {
  const count = Math.max(FOREIGN_ORGANISATIONS.length, wanted);
  const result: PoolOrganisation[] = [];
  for (let round = 0; result.length < count; round += 1) {
    const before = result.length;
    for (const country of FOREIGN_ORGANISATIONS) {
      const name = country[round];
      if (!name || result.length >= count) continue;
      const input = organisationInput(
        slugs.claim(slugify(name.name)),
        name.name,
        null,
        name.kind,
        name.country,
        name.city,
      );
      const role: BeneficiaryRole = name.kind === 'ngo' ? 'ngo' : 'municipality';
      result.push({ input, gender: 'f', role, htmlName: escapeHtml(name.name), place: null });
    }
    if (result.length === before) break;
  }
  return result;
}

const PLACE_TABLES = new Map<VoivodeshipCode, WeightedTable<PolishPlace>>(
  [...PLACES_BY_VOIVODESHIP].map(([code, places]) => [
    code,
    weightedTable(places.map((place) => [place, place.weight])),
  ]),
);
const UNIVERSITIES_BY_VOIVODESHIP = groupBy(UNIVERSITIES, (entry) => placeNamed(entry.city).voivodeshipCode);

const POLISH_KINDS = weightedTable<OrganisationKind>([
  ['municipality', 30],
  ['ngo', 27],
  ['company', 20],
  ['public_institution', 17],
  ['university', 6],
]);

interface Candidate {
  readonly name: string;
  readonly shortName: string | null;
  readonly kind: OrganisationKind;
  readonly role: BeneficiaryRole;
  readonly gender: Gender;
  readonly place: PolishPlace;
}

const ATTEMPTS = 6;
/** After the sixteen gminas, one of each other kind, so even the smallest pool has them all. */
const ESSENTIAL_KINDS: readonly OrganisationKind[] = ['university', 'public_institution', 'company', 'ngo'];

/** The first sixteen are gminas, one per voivodeship, so regional programmes always find a beneficiary. */
function forcedKind(index: number): OrganisationKind | undefined {
  if (index < VOIVODESHIP_CODES.length) return 'municipality';
  return ESSENTIAL_KINDS[index - VOIVODESHIP_CODES.length];
}

/**
 * Later organisations follow population. A name already taken (a gmina has one office)
 * is retried elsewhere, and after a few tries as an NGO, which are many.
 */
function polishOrganisation(random: Random, index: number, slugs: SlugRegistry): PoolOrganisation {
  const voivodeship = VOIVODESHIP_CODES[index] ?? random.pickWeighted(VOIVODESHIP_TABLE);
  const places = PLACE_TABLES.get(voivodeship);
  if (!places) throw new Error(`No demo places in voivodeship ${voivodeship}`);
  let kind = forcedKind(index) ?? random.pickWeighted(POLISH_KINDS);
  let candidate = candidateOfKind(random, kind, random.pickWeighted(places), voivodeship, false);
  for (let attempt = 1; attempt < ATTEMPTS && slugs.isTaken(slugify(candidate.name)); attempt += 1) {
    if (attempt === 3) kind = 'ngo';
    candidate = candidateOfKind(random, kind, random.pickWeighted(places), voivodeship, true);
  }
  const { name, shortName, place, role, gender } = candidate;
  const slug = slugs.claim(slugify(name));
  const input = organisationInput(slug, name, shortName, candidate.kind, 'PL', place.name);
  const website = random.chance(0.25) ? `https://example.org/${slug}` : null;
  return { input: { ...input, website }, gender, role, htmlName: escapeHtml(name), place };
}

/** `retry`: an earlier name was taken, so an NGO adds its town ("… w Gorlicach") to stand apart. */
function candidateOfKind(
  random: Random,
  kind: OrganisationKind,
  place: PolishPlace,
  voivodeship: VoivodeshipCode,
  retry: boolean,
): Candidate {
  switch (kind) {
    case 'municipality':
      return { name: place.municipalityName, shortName: place.name, kind, role: 'municipality', gender: 'f', place };
    case 'university':
      return universityCandidate(random, voivodeship) ?? ngoCandidate(random, place, retry);
    case 'public_institution':
      return publicInstitutionCandidate(random, place);
    case 'company':
      return companyCandidate(random, place);
    default:
      return ngoCandidate(random, place, retry);
  }
}

function universityCandidate(random: Random, voivodeship: VoivodeshipCode): Candidate | null {
  const universities = UNIVERSITIES_BY_VOIVODESHIP.get(voivodeship);
  if (!universities) return null;
  const chosen: UniversityName = random.pick(universities);
  return {
    name: chosen.name,
    shortName: chosen.shortName,
    kind: 'university',
    role: 'university',
    gender: chosen.gender,
    place: placeNamed(chosen.city),
  };
}

/** Hospitals, labour offices and city bus companies sit in towns, not in village gminas. */
const forPlace = (bodies: readonly LocalBodyName[], place: PolishPlace): readonly LocalBodyName[] =>
  place.gminaType === 'rural' ? bodies.filter((body) => !body.townOnly) : bodies;

function publicInstitutionCandidate(random: Random, place: PolishPlace): Candidate {
  const { prefix, gender, role } = random.pick(forPlace(PUBLIC_INSTITUTIONS, place));
  // A village gmina runs a "Gminny" welfare centre, not a "Miejski" one.
  const localPrefix = place.gminaType === 'rural' ? prefix.replace(/^Miejsk(i|a)/, 'Gminn$1') : prefix;
  return { name: `${localPrefix} ${place.inTown}`, shortName: null, kind: 'public_institution', role, gender, place };
}

function companyCandidate(random: Random, place: PolishPlace): Candidate {
  if (random.chance(0.3)) {
    const { prefix, gender, role } = random.pick(forPlace(MUNICIPAL_COMPANIES, place));
    return { name: `${prefix} ${place.inTown} sp. z o.o.`, shortName: null, kind: 'company', role, gender, place };
  }
  const brand = `${random.pick(COMPANY_STEMS)}${random.pick(COMPANY_ENDINGS)}${random.pick(COMPANY_QUALIFIERS)}`;
  const legalForm = random.chance(0.15) ? 'S.A.' : 'sp. z o.o.';
  return { name: `${brand} ${legalForm}`, shortName: brand, kind: 'company', role: 'firm', gender: 'f', place };
}

function ngoCandidate(random: Random, place: PolishPlace, retry: boolean): Candidate {
  const local = retry || random.chance(0.4) ? ` ${place.inTown}` : '';
  if (random.chance(0.12)) {
    const name = `Spółdzielnia Socjalna ${random.pick(SOCIAL_COOPERATIVE_NAMES)}${local}`;
    return { name, shortName: null, kind: 'ngo', role: 'ngo', gender: 'f', place };
  }
  const [form, gender] = random.pick(NGO_FORMS);
  const name = `${form} ${random.pick(NGO_NAMES)}${local}`;
  return { name, shortName: null, kind: 'ngo', role: 'ngo', gender, place };
}

function organisationInput(
  slug: string,
  name: string,
  shortName: string | null,
  kind: OrganisationKind,
  country: string,
  city: string,
): OrganisationInput {
  return { slug, name, shortName, kind, country, city, website: null, identifiers: {}, isDemo: true };
}

function indexPool(organisations: PoolOrganisation[], polish: PoolOrganisation[]): OrganisationPool {
  const byVoivodeship = groupBy(polish, (organisation) => voivodeshipOf(organisation));
  const byVoivodeshipAndRole = new Map(
    [...byVoivodeship].map(([code, local]) => [code, groupBy(local, (organisation) => organisation.role)] as const),
  );
  return {
    organisations,
    polish,
    byVoivodeship,
    byVoivodeshipAndRole,
    polishByRole: groupBy(polish, (organisation) => organisation.role),
    foreignByCountry: groupBy(
      organisations.filter((organisation) => organisation.place === null),
      (organisation) => organisation.input.country,
    ),
  };
}

function voivodeshipOf(organisation: PoolOrganisation): VoivodeshipCode {
  if (!organisation.place) throw new Error(`${organisation.input.slug} has no home place`);
  return organisation.place.voivodeshipCode;
}

function groupBy<T, K>(items: readonly T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}
