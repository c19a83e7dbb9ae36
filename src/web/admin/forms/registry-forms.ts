import { FUNDS, ORGANISATION_KINDS, type OrganisationKind, PROGRAMMING_PERIODS } from '../../../domain/codes.js';
import type { Organisation, OrganisationInput } from '../../../domain/organisation.js';
import type { Problem } from '../../../domain/problems.js';
import type { Programme, ProgrammeInput, Topic } from '../../../domain/programme.js';
import { validateOrganisation, validateProgramme, validateTopic } from '../../../domain/validate-taxonomies.js';
import { type FormShape, type FormValues, list } from './form-values.js';
import { ValueReader } from './parse-values.js';

export const ORGANISATION_FORM: FormShape = {
  scalars: [
    'slug',
    'name',
    'shortName',
    'kind',
    'country',
    'city',
    'website',
    'identifiers.nip',
    'identifiers.regon',
    'identifiers.krs',
    'identifiers.pic',
  ],
  lists: [],
  groups: {},
  controls: [],
};

export const PROGRAMME_FORM: FormShape = {
  scalars: ['slug', 'code', 'name', 'nameEn', 'shortName', 'period', 'managingAuthority', 'website'],
  lists: ['funds'],
  groups: {},
  controls: [],
};

export const TOPIC_FORM: FormShape = { scalars: ['slug', 'namePl', 'nameEn'], lists: [], groups: {}, controls: [] };

export interface Parsed<T> {
  readonly input: T | null;
  readonly problems: readonly Problem[];
}

/**
 * The result of reading a form: the input when it could be read whole; otherwise every
 * problem at once — those of reading, and what the rules find in the rest of the draft — so
 * a person is not sent back a second time for a problem that was already there.
 */
function readResult<T>(draft: T, reader: ValueReader, rules: (draft: T) => Problem[]): Parsed<T> {
  if (reader.problems.length === 0) return { input: draft, problems: [] };
  const flagged = new Set(reader.problems.map((item) => item.path));
  const rest = rules(draft).filter((item) => !flagged.has(item.path) && !flagged.has(item.path.replace(/\.\d+$/, '')));
  return { input: null, problems: [...reader.problems, ...rest] };
}

const digits = (value: string | null) => (value === null ? undefined : value.replace(/[\s-]/g, ''));

export function parseOrganisationForm(values: FormValues, existing: Organisation | null): Parsed<OrganisationInput> {
  const r = new ValueReader(values);
  const identifiers = Object.fromEntries(
    (['nip', 'regon', 'krs', 'pic'] as const)
      .map((key) => [key, digits(r.optional(`identifiers.${key}`))] as const)
      .filter(([, value]) => value !== undefined),
  );
  const input: OrganisationInput = {
    slug: r.required('slug'),
    name: r.required('name'),
    shortName: r.optional('shortName'),
    kind: r.choice<OrganisationKind>('kind', ORGANISATION_KINDS) ?? 'other',
    country: (r.optional('country') ?? 'PL').toUpperCase(),
    city: r.optional('city'),
    website: r.optional('website'),
    identifiers,
    isDemo: existing?.isDemo ?? false,
    logoUrl: existing?.logoUrl ?? null,
  };
  return readResult(input, r, validateOrganisation);
}

export function organisationToValues(organisation: Organisation): FormValues {
  const values: FormValues = new Map();
  const set = (key: string, value: string | null | undefined) => value && values.set(key, value);
  set('slug', organisation.slug);
  set('name', organisation.name);
  set('shortName', organisation.shortName);
  set('kind', organisation.kind);
  set('country', organisation.country);
  set('city', organisation.city);
  set('website', organisation.website);
  for (const key of ['nip', 'regon', 'krs', 'pic'] as const) set(`identifiers.${key}`, organisation.identifiers[key]);
  return values;
}

export function parseProgrammeForm(values: FormValues): Parsed<ProgrammeInput> {
  const r = new ValueReader(values);
  const funds = list(values, 'funds').filter((fund) => {
    const known = (FUNDS as readonly string[]).includes(fund);
    if (!known) r.problems.push({ path: 'funds', code: 'invalid_option', message: 'Unknown fund' });
    return known;
  }) as ProgrammeInput['funds'];
  const input: ProgrammeInput = {
    slug: r.required('slug'),
    code: r.optional('code')?.toUpperCase() ?? null,
    name: r.required('name'),
    nameEn: r.optional('nameEn'),
    shortName: r.required('shortName'),
    period: r.choice('period', PROGRAMMING_PERIODS) ?? '2021-2027',
    funds,
    managingAuthority: r.optional('managingAuthority'),
    website: r.optional('website'),
  };
  return readResult(input, r, validateProgramme);
}

export function programmeToValues(programme: Programme): FormValues {
  const values: FormValues = new Map();
  const set = (key: string, value: string | null) => value && values.set(key, value);
  set('slug', programme.slug);
  set('code', programme.code);
  set('name', programme.name);
  set('nameEn', programme.nameEn);
  set('shortName', programme.shortName);
  set('period', programme.period);
  values.set('funds', [...programme.funds]);
  set('managingAuthority', programme.managingAuthority);
  set('website', programme.website);
  return values;
}

export function parseTopicForm(values: FormValues): Parsed<Topic> {
  const r = new ValueReader(values);
  const input: Topic = { slug: r.required('slug'), namePl: r.required('namePl'), nameEn: r.required('nameEn') };
  return readResult(input, r, validateTopic);
}

export function topicToValues(topic: Topic): FormValues {
  return new Map([
    ['slug', topic.slug],
    ['namePl', topic.namePl],
    ['nameEn', topic.nameEn],
  ]);
}
