import type { IndicatorKind, ProjectCategory } from '../../../domain/codes.js';
import type { BeneficiaryRole } from './organisation-names.js';
import type { PoolOrganisation } from './organisations.js';
import type { PolishPlace } from './places.js';
import type { Random } from './random.js';

export type ThemeId =
  | 'revitalisation'
  | 'energy'
  | 'transport'
  | 'environment'
  | 'culture'
  | 'health_infrastructure'
  | 'broadband'
  | 'e_services'
  | 'labour'
  | 'education'
  | 'higher_education'
  | 'social'
  | 'health_prevention'
  | 'digital_skills'
  | 'research'
  | 'entrepreneurship'
  | 'transnational'
  | 'urban_network'
  | 'cross_border';

/** What a phrase may draw on; built once per project. */
export interface TextContext {
  readonly random: Random;
  readonly place: PolishPlace;
  /** Another place in the same voivodeship, e.g. the far end of a road. */
  readonly otherPlace: PolishPlace;
  readonly beneficiary: PoolOrganisation;
  /** "z Włoch", "ze Słowacji": where the foreign partners come from. */
  readonly partnerOrigins: readonly string[];
  readonly partnerCities: readonly string[];
  /** Fixed per project, so the title and the goal pick the same subject from a list. */
  readonly variant: number;
}

/** The project's subject from a list: the same item every time the same project asks. */
export function subject<T>(context: TextContext, list: readonly T[]): T {
  const item = list[Math.floor(context.variant * list.length)];
  if (item === undefined) throw new RangeError('Cannot pick a subject from an empty list');
  return item;
}

export type Phrase = (context: TextContext) => string;

export interface IndicatorTemplate {
  readonly kind: IndicatorKind;
  readonly name: string;
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  /** Digits after the decimal point; whole numbers when absent. */
  readonly decimals?: number;
}

/**
 * One kind of project within a theme: its title with the sentence, goal and activities
 * that fit it, so street lighting is never described as wall insulation.
 */
export interface Variant {
  readonly title: Phrase;
  /** One sentence on the scope, for the summary. */
  readonly scope: string;
  /** Completes "Celem projektu jest …"; the theme's goals when absent. */
  readonly goal?: Phrase;
  /** The theme's activities when absent. */
  readonly activities?: readonly string[];
  /** The theme's indicators when absent. */
  readonly indicators?: readonly IndicatorTemplate[];
  /** Who may carry this variant out (a museum digitises its own collection); anyone when absent. */
  readonly roles?: readonly BeneficiaryRole[];
}

export const variant = (title: Phrase, scope: string, goal?: Phrase, activities?: readonly string[]): Variant => ({
  title,
  scope,
  ...(goal ? { goal } : {}),
  ...(activities ? { activities } : {}),
});

/** Narrows a variant to some beneficiaries and gives it its own indicators. */
export const only = (
  roles: readonly BeneficiaryRole[] | null,
  base: Variant,
  indicators?: readonly IndicatorTemplate[],
): Variant => ({ ...base, ...(roles ? { roles } : {}), ...(indicators ? { indicators } : {}) });

/** A milestone news item: its title and the body written under it. */
export type Milestone = readonly [title: string, body: string];

/**
 * A kind of project: how it is named and described, what it measures, who carries it out,
 * how long it takes and what it typically costs.
 */
export interface Theme {
  readonly id: ThemeId;
  /** The first topic always applies; up to two of the rest may be added. */
  readonly topics: readonly [string, ...string[]];
  readonly category: ProjectCategory;
  /** Who carries such projects out; repeats weight the draw. */
  readonly beneficiaries: readonly BeneficiaryRole[];
  /** Median total value in złoty; values spread log-normally around it. */
  readonly medianValue: number;
  readonly valueSpread: number;
  readonly months: readonly [min: number, max: number];
  readonly variants: readonly Variant[];
  /** Completes "Celem projektu jest …" for variants without a goal of their own. */
  readonly goals: readonly Phrase[];
  /** For variants without activities of their own; a description lists three to five. */
  readonly activities: readonly string[];
  readonly indicators: readonly IndicatorTemplate[];
  readonly phases: readonly string[];
  readonly milestones: readonly Milestone[];
}

export const output = (name: string, unit: string, min: number, max: number, decimals?: number): IndicatorTemplate =>
  decimals === undefined
    ? { kind: 'output', name, unit, min, max }
    : { kind: 'output', name, unit, min, max, decimals };

export const result = (name: string, unit: string, min: number, max: number, decimals?: number): IndicatorTemplate =>
  decimals === undefined
    ? { kind: 'result', name, unit, min, max }
    : { kind: 'result', name, unit, min, max, decimals };

export const INVESTMENT_PHASES = [
  'Przygotowanie dokumentacji projektowej',
  'Wybór wykonawcy',
  'Roboty budowlane',
  'Odbiór końcowy i rozliczenie',
];

export const SUPPORT_PHASES = [
  'Rekrutacja uczestników',
  'Realizacja wsparcia',
  'Ewaluacja i upowszechnienie rezultatów',
];

export const RESEARCH_PHASES = ['Badania przemysłowe', 'Prace rozwojowe', 'Przygotowanie wdrożenia'];

export const COOPERATION_PHASES = [
  'Diagnoza i przygotowanie współpracy',
  'Wypracowanie rozwiązania z partnerami',
  'Testowanie i wdrożenie rozwiązania',
];

export const INVESTMENT_MILESTONES: readonly Milestone[] = [
  ['Podpisanie umowy z wykonawcą', 'Wyłoniony w przetargu wykonawca podpisał umowę na realizację robót.'],
  ['Przekazanie placu budowy', 'Wykonawca przejął teren budowy i rozpoczął prace przygotowawcze.'],
  ['Postęp robót budowlanych', 'Prace przebiegają zgodnie z harmonogramem; zakończono pierwszy etap robót.'],
  ['Odbiór końcowy inwestycji', 'Komisja dokonała odbioru końcowego wykonanych robót bez zastrzeżeń.'],
];

export const SUPPORT_MILESTONES: readonly Milestone[] = [
  ['Rozpoczęcie rekrutacji', 'Ruszył nabór uczestników; formularze zgłoszeniowe są dostępne w biurze projektu.'],
  ['Zakończenie pierwszej edycji zajęć', 'Pierwsza grupa uczestników ukończyła zajęcia i otrzymała zaświadczenia.'],
  ['Spotkanie z uczestnikami', 'W spotkaniu podsumowującym wzięli udział uczestnicy, trenerzy i partnerzy projektu.'],
];

export const RESEARCH_MILESTONES: readonly Milestone[] = [
  ['Zakończenie badań przemysłowych', 'Zespół badawczy zakończył etap badań przemysłowych zgodnie z planem.'],
  ['Zgłoszenie patentowe', 'Do Urzędu Patentowego RP trafiło zgłoszenie wynalazku opracowanego w projekcie.'],
  ['Prezentacja prototypu', 'Prototyp rozwiązania zaprezentowano potencjalnym odbiorcom i partnerom.'],
];

export const COOPERATION_MILESTONES: readonly Milestone[] = [
  [
    'Wizyta studyjna u partnerów',
    'Przedstawiciele beneficjenta poznali na miejscu rozwiązania stosowane przez partnerów.',
  ],
  ['Warsztaty z partnerami', 'Podczas wspólnych warsztatów uzgodniono założenia rozwiązania i plan jego testowania.'],
  ['Konferencja upowszechniająca', 'Rezultaty współpracy przedstawiono samorządom i organizacjom z regionu.'],
];

/** Street names in the genitive, as in "przy ulicy Kolejowej". */
export const STREETS = [
  'Kolejowej',
  'Kościuszki',
  'Mickiewicza',
  'Słowackiego',
  'Długiej',
  'Piłsudskiego',
  'Sienkiewicza',
  '3 Maja',
  'Ogrodowej',
  'Szkolnej',
  'Polnej',
  'Zamkowej',
];

export const PUBLIC_BUILDINGS = [
  'szkół podstawowych',
  'przedszkoli samorządowych',
  'budynków użyteczności publicznej',
  'budynków komunalnych',
  'obiektów oświatowych',
  'budynku urzędu',
];
