import type { ProjectInput } from '../../../domain/project.js';
import { isoFromDay } from './calendar.js';
import { generateMoney } from './money.js';
import type { OrganisationPool } from './organisations.js';
import { chooseBeneficiary, choosePartners } from './participants.js';
import { PARTNER_COUNTRIES } from './places.js';
import { PROGRAMME_TABLE } from './programmes.js';
import {
  contractNumber,
  neighbouringPlace,
  projectContact,
  projectGroups,
  projectIndicators,
  projectLinks,
  projectPlaces,
  projectTopics,
} from './project-parts.js';
import { Random, streamSeed } from './random.js';
import { chooseSchedule, progressAtReference, schedulePhases, scheduleUpdates } from './schedule.js';
import { fastSlug } from './slug.js';
import { writeTexts } from './texts.js';
import type { TextContext } from './theme-types.js';
import { chooseVariant, THEMES } from './themes.js';

export interface GeneratorContext {
  readonly seed: number;
  readonly pool: OrganisationPool;
}

/** Room left in a slug for "-1000000" after the title part. */
const TITLE_SLUG_LENGTH = 70;

/** The title as a slug, cut at a word boundary rather than mid-word. */
function titleSlug(title: string): string {
  const full = fastSlug(title);
  if (full.length <= TITLE_SLUG_LENGTH) return full;
  const cut = full.lastIndexOf('-', TITLE_SLUG_LENGTH);
  return full.slice(0, cut > 0 ? cut : TITLE_SLUG_LENGTH);
}

/**
 * Project `index` of the demo registry. It draws only from its own stream (seed, index)
 * and the shared organisation pool, so any project can be made without the ones before it.
 */
export function generateProject(context: GeneratorContext, index: number): ProjectInput {
  const random = new Random(streamSeed(context.seed, index));
  const programme = random.pickWeighted(PROGRAMME_TABLE);
  const measure = random.pickWeighted(programme.measures);
  const theme = THEMES[measure.theme];
  const beneficiary = chooseBeneficiary(random, context.pool, programme, measure.beneficiaries ?? theme.beneficiaries);
  const place = beneficiary.place;
  if (!place) throw new Error(`Beneficiary ${beneficiary.input.slug} has no place in Poland`);
  const otherPlace = neighbouringPlace(random, place);
  const partners = choosePartners(random, context.pool, programme, theme.id, beneficiary);
  const schedule = chooseSchedule(random, programme.period, theme);
  const { status, startDay, endDay } = schedule;
  const chosen = chooseVariant(random, theme, beneficiary.role);
  const indicatorTemplates = chosen.indicators ?? theme.indicators;
  const indicators = projectIndicators(random, indicatorTemplates, status, progressAtReference(schedule));
  const foreignPartners = partners.organisations.filter((partner) => partner.place === null);
  const textContext: TextContext = {
    random,
    place,
    otherPlace,
    beneficiary,
    partnerOrigins: foreignPartners.map((partner) => PARTNER_COUNTRIES[partner.input.country] ?? 'z zagranicy'),
    partnerCities: foreignPartners.map((partner) => partner.input.city ?? partner.input.name),
    variant: random.next(),
  };
  const texts = writeTexts(random, theme, chosen, textContext, {
    status,
    endDay,
    programmeHtmlName: programme.htmlName,
    funds: measure.funds,
    partners: partners.organisations,
    indicators,
  });
  const slug = `${titleSlug(texts.title)}-${index + 1}`;
  const amounts = generateMoney(random, {
    medianValue: theme.medianValue,
    valueSpread: theme.valueSpread,
    valueFactor: programme.valueFactor,
    currency: programme.currency,
    category: theme.category,
    funds: measure.funds,
    beneficiaryKind: beneficiary.input.kind,
    crossBorder: programme.currency === 'EUR',
  });
  return {
    slug,
    title: texts.title,
    summary: texts.summary,
    description: texts.description,
    goal: texts.goal,
    results: texts.results,
    contractNumber: contractNumber(random, programme, measure, place, startDay, index),
    externalIds: { kohesio: null, officialList: null, keepEu: null },
    priorityAxis: measure.priorityAxis,
    measure: measure.measure,
    subMeasure: measure.subMeasure,
    funds: measure.funds,
    period: programme.period,
    category: theme.category,
    status,
    startDate: isoFromDay(startDay),
    endDate: isoFromDay(endDay),
    currency: programme.currency,
    totalValue: amounts.totalValue,
    eligibleExpenditure: amounts.eligibleExpenditure,
    cofinancing: amounts.cofinancing,
    funding: amounts.funding,
    places: projectPlaces(random, theme, beneficiary.input.kind, place, otherPlace),
    phases: random.chance(0.4) ? schedulePhases(random, theme, schedule) : [],
    updates: scheduleUpdates(random, theme, schedule),
    indicators,
    links: projectLinks(random, slug),
    relations: [],
    groups: projectGroups(random, theme),
    contact: projectContact(random, index),
    website: random.chance(0.15) ? `https://example.org/projekty/${slug}` : null,
    logoUrl: null,
    editorialState: 'published',
    provenance: { source: 'demo', file: null, row: null },
    isDemo: true,
    programmeSlug: programme.slug,
    beneficiarySlug: beneficiary.input.slug,
    partners: partners.entries,
    topicSlugs: projectTopics(random, theme),
  };
}
