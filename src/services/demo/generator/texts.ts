import type { Fund, ProjectStatus } from '../../../domain/codes.js';
import type { Indicator } from '../../../domain/project.js';
import { polishDate } from './calendar.js';
import type { Gender } from './organisation-names.js';
import type { PoolOrganisation } from './organisations.js';
import type { Random } from './random.js';
import type { TextContext, Theme, Variant } from './theme-types.js';

export interface ProjectTexts {
  readonly title: string;
  readonly summary: string;
  readonly description: string;
  readonly goal: string;
  readonly results: string;
}

export interface TextFacts {
  readonly status: ProjectStatus;
  readonly endDay: number;
  /** Already escaped. */
  readonly programmeHtmlName: string;
  readonly funds: readonly Fund[];
  readonly partners: readonly PoolOrganisation[];
  readonly indicators: readonly Indicator[];
}

/** Title, summary, goal and the two rich-text fields, in Polish, from the variant's and theme's phrases. */
export function writeTexts(
  random: Random,
  theme: Theme,
  chosen: Variant,
  context: TextContext,
  facts: TextFacts,
): ProjectTexts {
  const goalPhrase = (chosen.goal ?? random.pick(theme.goals))(context);
  return {
    title: chosen.title(context),
    summary: `Celem projektu jest ${goalPhrase}. ${chosen.scope}`,
    description: describe(random, chosen.activities ?? theme.activities, context.beneficiary, facts),
    goal: `Celem projektu jest ${goalPhrase} do ${polishDate(facts.endDay)}.`,
    results: resultsText(facts),
  };
}

/** The verb agrees with the beneficiary's head noun: "zrealizowała Gmina", "zrealizowało Stowarzyszenie". */
const VERBS: Readonly<Record<ProjectStatus, Readonly<Record<Gender, string>>>> = {
  planned: { m: 'będzie realizować', f: 'będzie realizować', n: 'będzie realizować' },
  in_progress: { m: 'realizuje', f: 'realizuje', n: 'realizuje' },
  completed: { m: 'zrealizował', f: 'zrealizowała', n: 'zrealizowało' },
  cancelled: { m: 'miał realizować', f: 'miała realizować', n: 'miało realizować' },
};

const FUND_NAMES: Readonly<Record<Fund, string>> = {
  ERDF: 'Europejskiego Funduszu Rozwoju Regionalnego',
  ESF: 'Europejskiego Funduszu Społecznego',
  'ESF+': 'Europejskiego Funduszu Społecznego Plus',
  CF: 'Funduszu Spójności',
  YEI: 'Inicjatywy na rzecz zatrudnienia ludzi młodych',
  JTF: 'Funduszu na rzecz Sprawiedliwej Transformacji',
  EMFAF: 'Europejskiego Funduszu Morskiego, Rybackiego i Akwakultury',
  BAR: 'Rezerwy na rzecz dostosowania do brexitu',
};

function describe(
  random: Random,
  themeActivities: readonly string[],
  beneficiary: PoolOrganisation,
  facts: TextFacts,
): string {
  const verb = VERBS[facts.status][beneficiary.gender];
  let intro = endSentence(`Projekt ${verb} ${beneficiary.htmlName}`);
  if (facts.partners.length > 0) {
    let names = '';
    for (const partner of facts.partners) names += names === '' ? partner.htmlName : `, ${partner.htmlName}`;
    intro += ` ${endSentence(`Partnerzy projektu: ${names}`)}`;
  }
  if (facts.status === 'cancelled') intro += ' Realizację projektu przerwano, a umowę o dofinansowanie rozwiązano.';
  let activities = '';
  for (const activity of random.sample(themeActivities, random.int(3, 5))) activities += `<li>${activity}</li>`;
  let funds = '';
  for (const fund of facts.funds) funds += funds === '' ? FUND_NAMES[fund] : ` oraz ${FUND_NAMES[fund]}`;
  return (
    `<p>${intro}</p>\n<p>Zakres projektu obejmuje:</p>\n<ul>${activities}</ul>\n` +
    `<p>Projekt jest współfinansowany ze środków ${funds} (${facts.programmeHtmlName}).</p>`
  );
}

function resultsText(facts: TextFacts): string {
  const reached = facts.status === 'completed';
  let items = '';
  for (const indicator of facts.indicators) {
    const value = (reached ? indicator.achieved : indicator.target) ?? 0;
    items += `<li>${indicator.name}: ${formatNumber(value)} ${unitFor(value, indicator.unit)}</li>`;
  }
  const heading = reached ? 'Osiągnięte rezultaty projektu:' : 'Planowane efekty projektu:';
  return `<p>${heading}</p>\n<ul>${items}</ul>`;
}

/** "sp. z o.o." already ends with a full stop. */
function endSentence(text: string): string {
  return text.endsWith('.') ? text : `${text}.`;
}

/** "1 osoba", "3 osoby", "12 osób": the one unit that reads as a noun needs its plural. */
function unitFor(value: number, unit: string): string {
  if (unit !== 'osoby' || !Number.isInteger(value)) return unit;
  const lastTwo = Math.abs(value) % 100;
  const last = lastTwo % 10;
  if (value === 1) return 'osoba';
  return last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14) ? 'osoby' : 'osób';
}

const NON_BREAKING_SPACE = '\u00a0';

/** Polish style: "12 500" with a non-breaking space, "0,75" with a comma; four digits stay together. */
export function formatNumber(value: number): string {
  const text = String(Math.abs(value));
  const point = text.indexOf('.');
  const digits = point < 0 ? text : text.slice(0, point);
  let grouped = digits;
  if (digits.length > 4) {
    grouped = digits.slice(0, digits.length % 3 || 3);
    for (let start = grouped.length; start < digits.length; start += 3) {
      grouped += NON_BREAKING_SPACE + digits.slice(start, start + 3);
    }
  }
  const fraction = point < 0 ? '' : `,${text.slice(point + 1)}`;
  return `${value < 0 ? '-' : ''}${grouped}${fraction}`;
}
