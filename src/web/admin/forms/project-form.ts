import {
  DATE_PRECISIONS,
  FUNDING_SOURCES,
  FUNDS,
  INDICATOR_KINDS,
  LINK_KINDS,
  PARTNER_ROLES,
  PHASE_STATUSES,
  PROGRAMMING_PERIODS,
  PROJECT_CATEGORIES,
  PROJECT_STATUSES,
  RELATION_KINDS,
} from '../../../domain/codes.js';
import { CURRENCIES, type Currency, type Money } from '../../../domain/money.js';
import type { Problem } from '../../../domain/problems.js';
import type { CodeName, ProjectInput } from '../../../domain/project.js';
import { validateProject } from '../../../domain/validate-project.js';
import { richTextFromPlain } from '../../../services/rich-text/plain-text.js';
import { type FormValues, list, rowCount } from './form-values.js';
import { ValueReader } from './parse-values.js';

/** What the project form needs to know beyond what was typed. */
export interface ProjectFormBase {
  /** The facts the form does not edit (state, origin, logo), from the stored project or defaults. */
  readonly base: Pick<ProjectInput, 'editorialState' | 'provenance' | 'isDemo' | 'logoUrl'>;
  /** Titles of projects by slug, to name a related project chosen from the registry. */
  readonly projectTitles: ReadonlyMap<string, string>;
}

export interface ParsedProjectForm {
  /** The project, when every field could be read. */
  readonly input: ProjectInput | null;
  /** The project as far as it could be read (unreadable values left empty), to check the rest. */
  readonly draft: ProjectInput;
  readonly problems: readonly Problem[];
}

function codeName(reader: ValueReader, path: string): CodeName | null {
  const code = reader.text(`${path}.code`);
  const name = reader.text(`${path}.name`);
  return code === '' && name === '' ? null : { code, name };
}

function rows<T>(values: FormValues, group: string, read: (prefix: string) => T): T[] {
  return Array.from({ length: rowCount(values, group) }, (_, index) => read(`${group}.${index}.`));
}

/**
 * Reads the typed project form into a project input, with every problem of reading
 * (not an amount, an unknown option, a required field of a row…) at its field's path. The
 * business rules are checked afterwards by the domain's validation, on save.
 */
export function parseProjectForm(values: FormValues, { base, projectTitles }: ProjectFormBase): ParsedProjectForm {
  const r = new ValueReader(values);
  const currency = r.choice<Currency>('currency', CURRENCIES, 'PLN') ?? 'PLN';
  const money = (path: string): Money | null => {
    const amount = r.amount(path);
    return amount === null ? null : { amount, currency };
  };
  const funds = list(values, 'funds').filter((fund) => {
    const known = (FUNDS as readonly string[]).includes(fund);
    if (!known) r.problems.push({ path: 'funds', code: 'invalid_option', message: 'Unknown fund' });
    return known;
  }) as ProjectInput['funds'];
  const contact = {
    name: r.optional('contact.name'),
    email: r.optional('contact.email'),
    phone: r.optional('contact.phone'),
    note: r.optional('contact.note'),
  };
  const input: ProjectInput = {
    slug: r.required('slug'),
    title: r.required('title'),
    summary: r.text('summary'),
    description: richTextFromPlain(r.text('description')),
    goal: r.text('goal'),
    results: richTextFromPlain(r.text('results')),
    translations: {
      en: {
        title: r.optional('translations.en.title'),
        summary: r.optional('translations.en.summary'),
        description: richTextOrNull(r.optional('translations.en.description')),
        goal: r.optional('translations.en.goal'),
        results: richTextOrNull(r.optional('translations.en.results')),
      },
    },
    contractNumber: r.optional('contractNumber'),
    externalIds: {
      kohesio: r.optional('externalIds.kohesio'),
      officialList: r.optional('externalIds.officialList'),
      keepEu: r.optional('externalIds.keepEu'),
    },
    programmeSlug: r.optional('programmeSlug'),
    priorityAxis: codeName(r, 'priorityAxis'),
    measure: codeName(r, 'measure'),
    subMeasure: codeName(r, 'subMeasure'),
    funds,
    period: r.optionalChoice('period', PROGRAMMING_PERIODS),
    category: r.optionalChoice('category', PROJECT_CATEGORIES),
    status: r.choice('status', PROJECT_STATUSES, null) ?? 'planned',
    startDate: r.optional('startDate'),
    endDate: r.optional('endDate'),
    currency,
    totalValue: money('totalValue'),
    eligibleExpenditure: money('eligibleExpenditure'),
    cofinancing: money('cofinancing'),
    funding: rows(values, 'funding', (p) => ({
      source: r.choice(`${p}source`, FUNDING_SOURCES) ?? 'other',
      amount: { amount: r.amount(`${p}amount`) ?? requiredAmount(r, `${p}amount`), currency },
    })),
    topicSlugs: [...new Set(list(values, 'topicSlugs'))],
    beneficiarySlug: r.optional('beneficiarySlug'),
    partners: rows(values, 'partners', (p) => ({
      organisationSlug: r.required(`${p}organisationSlug`),
      role: r.choice(`${p}role`, PARTNER_ROLES) ?? 'partner',
      note: r.optional(`${p}note`),
    })),
    places: rows(values, 'places', (p) => ({
      label: r.required(`${p}label`),
      country: (r.optional(`${p}country`) ?? 'PL').toUpperCase(),
      voivodeship: r.optional(`${p}voivodeship`),
      county: r.optional(`${p}county`),
      municipality: r.optional(`${p}municipality`),
      teryt: r.optional(`${p}teryt`),
      city: r.optional(`${p}city`),
      areaName: r.optional(`${p}areaName`),
      latitude: r.number(`${p}latitude`),
      longitude: r.number(`${p}longitude`),
    })),
    phases: rows(values, 'phases', (p) => ({
      name: r.required(`${p}name`),
      startDate: r.optional(`${p}startDate`),
      endDate: r.optional(`${p}endDate`),
      durationMonths: r.wholeNumber(`${p}durationMonths`),
      status: r.choice(`${p}status`, PHASE_STATUSES, 'planned') ?? 'planned',
      description: r.optional(`${p}description`),
    })),
    updates: rows(values, 'updates', (p) => ({
      date: r.required(`${p}date`),
      datePrecision: r.choice(`${p}datePrecision`, DATE_PRECISIONS, 'day') ?? 'day',
      title: r.required(`${p}title`),
      body: r.text(`${p}body`),
      translations: { en: { title: r.optional(`${p}titleEn`), body: r.optional(`${p}bodyEn`) } },
    })),
    indicators: rows(values, 'indicators', (p) => ({
      kind: r.choice(`${p}kind`, INDICATOR_KINDS) ?? 'output',
      name: r.required(`${p}name`),
      unit: r.text(`${p}unit`),
      baseline: r.number(`${p}baseline`),
      target: r.number(`${p}target`),
      achieved: r.number(`${p}achieved`),
    })),
    links: rows(values, 'links', (p) => ({
      kind: r.choice(`${p}kind`, LINK_KINDS) ?? 'link',
      title: r.required(`${p}title`),
      url: r.required(`${p}url`),
    })),
    relations: rows(values, 'relations', (p) => {
      const targetSlug = r.optional(`${p}targetSlug`);
      const typedTitle = r.text(`${p}targetTitle`);
      const knownTitle = targetSlug ? projectTitles.get(targetSlug) : undefined;
      return {
        kind: r.choice(`${p}kind`, RELATION_KINDS) ?? 'related',
        targetSlug,
        targetTitle: typedTitle !== '' ? typedTitle : (knownTitle ?? r.required(`${p}targetTitle`)),
        note: r.optional(`${p}note`),
      };
    }),
    groups: rows(values, 'groups', (p) => ({
      name: r.required(`${p}name`),
      description: r.optional(`${p}description`),
      members: r
        .text(`${p}members`)
        .split(/\r?\n/)
        .map((member) => member.trim())
        .filter((member) => member !== ''),
    })),
    contact: Object.values(contact).some((value) => value !== null) ? contact : null,
    website: r.optional('website'),
    logoUrl: base.logoUrl,
    editorialState: base.editorialState,
    provenance: base.provenance,
    isDemo: base.isDemo,
  };
  return { input: r.problems.length === 0 ? input : null, draft: input, problems: r.problems };
}

/**
 * Every problem of a form that could not be read whole: the reading problems, plus what the
 * domain's rules find in the rest, so a person sees all of it at once rather than in rounds.
 */
export function allFormProblems(parsed: ParsedProjectForm): Problem[] {
  const flagged = new Set(parsed.problems.map((item) => item.path));
  const rest = validateProject(parsed.draft).errors.filter(
    (item) => !flagged.has(item.path) && ![...flagged].some((path) => path.startsWith(`${item.path}.`)),
  );
  return [...parsed.problems, ...rest];
}

function richTextOrNull(text: string | null): string | null {
  return text === null ? null : richTextFromPlain(text);
}

/** A funding line needs its amount: an empty one is a problem, not zero. */
function requiredAmount(r: ValueReader, path: string): number {
  if (r.text(path) === '') r.required(path);
  return 0;
}

/** Minor units as people write them in Polish forms: "1 015 798,80". */
function decimal(amount: number): string {
  const digits = String(Math.abs(amount)).padStart(3, '0');
  const whole = digits.slice(0, -2).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  return `${amount < 0 ? '-' : ''}${whole},${digits.slice(-2)}`;
}

const numberText = (value: number | null) => (value === null ? '' : String(value).replace('.', ','));

/** The form's values for a stored project (to edit it) or a revision. */
export function projectToFormValues(input: ProjectInput): FormValues {
  const values: FormValues = new Map();
  const set = (path: string, value: string | null | undefined) => {
    if (value !== null && value !== undefined && value !== '') values.set(path, value);
  };
  set('slug', input.slug);
  set('title', input.title);
  set('summary', input.summary);
  set('description', input.description);
  set('goal', input.goal);
  set('results', input.results);
  const english = input.translations?.en;
  for (const key of ['title', 'summary', 'description', 'goal', 'results'] as const) {
    set(`translations.en.${key}`, english?.[key]);
  }
  set('contractNumber', input.contractNumber);
  set('externalIds.kohesio', input.externalIds.kohesio);
  set('externalIds.officialList', input.externalIds.officialList);
  set('externalIds.keepEu', input.externalIds.keepEu);
  set('programmeSlug', input.programmeSlug);
  for (const key of ['priorityAxis', 'measure', 'subMeasure'] as const) {
    set(`${key}.code`, input[key]?.code);
    set(`${key}.name`, input[key]?.name);
  }
  values.set('funds', [...input.funds]);
  set('period', input.period);
  set('category', input.category);
  set('status', input.status);
  set('startDate', input.startDate);
  set('endDate', input.endDate);
  set('currency', input.currency);
  set('totalValue', input.totalValue ? decimal(input.totalValue.amount) : null);
  set('eligibleExpenditure', input.eligibleExpenditure ? decimal(input.eligibleExpenditure.amount) : null);
  set('cofinancing', input.cofinancing ? decimal(input.cofinancing.amount) : null);
  values.set('topicSlugs', [...input.topicSlugs]);
  set('beneficiarySlug', input.beneficiarySlug);
  set('contact.name', input.contact?.name);
  set('contact.email', input.contact?.email);
  set('contact.phone', input.contact?.phone);
  set('contact.note', input.contact?.note);
  set('website', input.website);
  input.funding.forEach((line, i) => {
    set(`funding.${i}.source`, line.source);
    set(`funding.${i}.amount`, decimal(line.amount.amount));
  });
  input.partners.forEach((partner, i) => {
    set(`partners.${i}.organisationSlug`, partner.organisationSlug);
    set(`partners.${i}.role`, partner.role);
    set(`partners.${i}.note`, partner.note);
  });
  input.places.forEach((place, i) => {
    for (const key of [
      'label',
      'country',
      'voivodeship',
      'county',
      'municipality',
      'teryt',
      'city',
      'areaName',
    ] as const) {
      set(`places.${i}.${key}`, place[key]);
    }
    set(`places.${i}.latitude`, numberText(place.latitude));
    set(`places.${i}.longitude`, numberText(place.longitude));
  });
  input.phases.forEach((phase, i) => {
    set(`phases.${i}.name`, phase.name);
    set(`phases.${i}.startDate`, phase.startDate);
    set(`phases.${i}.endDate`, phase.endDate);
    set(`phases.${i}.durationMonths`, phase.durationMonths === null ? null : String(phase.durationMonths));
    set(`phases.${i}.status`, phase.status);
    set(`phases.${i}.description`, phase.description);
  });
  input.updates.forEach((update, i) => {
    set(`updates.${i}.date`, update.date);
    set(`updates.${i}.datePrecision`, update.datePrecision);
    set(`updates.${i}.title`, update.title);
    set(`updates.${i}.body`, update.body);
    set(`updates.${i}.titleEn`, update.translations?.en?.title);
    set(`updates.${i}.bodyEn`, update.translations?.en?.body);
  });
  input.indicators.forEach((indicator, i) => {
    set(`indicators.${i}.kind`, indicator.kind);
    set(`indicators.${i}.name`, indicator.name);
    set(`indicators.${i}.unit`, indicator.unit);
    set(`indicators.${i}.baseline`, numberText(indicator.baseline));
    set(`indicators.${i}.target`, numberText(indicator.target));
    set(`indicators.${i}.achieved`, numberText(indicator.achieved));
  });
  input.links.forEach((link, i) => {
    set(`links.${i}.kind`, link.kind);
    set(`links.${i}.title`, link.title);
    set(`links.${i}.url`, link.url);
  });
  input.relations.forEach((relation, i) => {
    set(`relations.${i}.kind`, relation.kind);
    set(`relations.${i}.targetSlug`, relation.targetSlug);
    set(`relations.${i}.targetTitle`, relation.targetTitle);
    set(`relations.${i}.note`, relation.note);
  });
  input.groups.forEach((group, i) => {
    set(`groups.${i}.name`, group.name);
    set(`groups.${i}.description`, group.description);
    set(`groups.${i}.members`, group.members.join('\n'));
  });
  return values;
}
