import type {
  DatePrecision,
  EditorialState,
  Fund,
  FundingSource,
  IndicatorKind,
  LinkKind,
  PartnerRole,
  PhaseStatus,
  ProgrammingPeriod,
  ProjectCategory,
  ProjectStatus,
  RelationKind,
} from './codes.js';
import type { ProjectPhoto } from './image.js';
import type { Currency, Money } from './money.js';
import type { OrganisationRef } from './organisation.js';
import type { ProgrammeRef, Topic } from './programme.js';
import type { ProjectTranslations, Translations, UpdateTranslations } from './translation.js';

/** A code with its name, as programmes number their priority axes and measures. */
export interface CodeName {
  readonly code: string;
  readonly name: string;
}

export interface FundingLine {
  readonly source: FundingSource;
  readonly amount: Money;
}

export interface Place {
  /** The place as written by the source, e.g. "Kraków, osiedle Azory". */
  readonly label: string;
  readonly country: string;
  readonly voivodeship: string | null;
  readonly county: string | null;
  readonly municipality: string | null;
  /** 7-digit TERYT code of the gmina. */
  readonly teryt: string | null;
  readonly city: string | null;
  /** A named area inside the place, e.g. "osiedle Azory". */
  readonly areaName: string | null;
  readonly latitude: number | null;
  readonly longitude: number | null;
}

export interface Partnership {
  readonly organisation: OrganisationRef;
  readonly role: PartnerRole;
  /** What this partner brings, e.g. the faculty that takes part. */
  readonly note: string | null;
}

export interface Phase {
  readonly name: string;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly durationMonths: number | null;
  readonly status: PhaseStatus;
  readonly description: string | null;
}

export interface ProjectUpdate {
  readonly date: string;
  readonly datePrecision: DatePrecision;
  readonly title: string;
  readonly body: string;
  /** The title and body in other languages; missing texts fall back to the Polish ones. */
  readonly translations?: UpdateTranslations;
}

export interface Indicator {
  readonly kind: IndicatorKind;
  readonly name: string;
  readonly unit: string;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly achieved: number | null;
}

export interface ProjectLink {
  readonly kind: LinkKind;
  readonly title: string;
  readonly url: string;
}

/** A link to another project: one in this registry (slug) or one known only by name. */
export interface ProjectRelation {
  readonly kind: RelationKind;
  readonly targetSlug: string | null;
  readonly targetTitle: string;
  readonly note: string | null;
}

/** A group of stakeholders around a project, such as an URBACT Local Support Group. */
export interface StakeholderGroup {
  readonly name: string;
  readonly description: string | null;
  readonly members: readonly string[];
}

export interface Contact {
  readonly name: string | null;
  readonly email: string | null;
  readonly phone: string | null;
  readonly note: string | null;
}

export interface ExternalIds {
  readonly kohesio: string | null;
  readonly officialList: string | null;
  readonly keepEu: string | null;
}

export interface Provenance {
  readonly source: 'manual' | 'import' | 'demo';
  readonly file: string | null;
  readonly row: number | null;
}

/** The facts of a project as entered; shared by input and stored form. */
export interface ProjectFacts {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  /** Sanitised rich text (a small HTML subset). */
  readonly description: string;
  readonly goal: string;
  /** Planned effects and results, rich text. */
  readonly results: string;
  readonly contractNumber: string | null;
  readonly externalIds: ExternalIds;
  readonly priorityAxis: CodeName | null;
  readonly measure: CodeName | null;
  readonly subMeasure: CodeName | null;
  readonly funds: readonly Fund[];
  readonly period: ProgrammingPeriod | null;
  readonly category: ProjectCategory | null;
  readonly status: ProjectStatus;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly currency: Currency;
  readonly totalValue: Money | null;
  readonly eligibleExpenditure: Money | null;
  readonly cofinancing: Money | null;
  readonly funding: readonly FundingLine[];
  readonly places: readonly Place[];
  readonly phases: readonly Phase[];
  readonly updates: readonly ProjectUpdate[];
  readonly indicators: readonly Indicator[];
  readonly links: readonly ProjectLink[];
  readonly relations: readonly ProjectRelation[];
  readonly groups: readonly StakeholderGroup[];
  readonly contact: Contact | null;
  readonly website: string | null;
  readonly logoUrl: string | null;
  readonly editorialState: EditorialState;
  readonly provenance: Provenance;
  readonly isDemo: boolean;
  /**
   * Title, summary, description, goal and results in other languages. The fields above
   * are the Polish originals; a text without a translation is shown in Polish, marked.
   */
  readonly translations?: ProjectTranslations;
}

/** A project to be saved: organisations, programme and topics named by slug. */
export interface ProjectInput extends ProjectFacts {
  readonly programmeSlug: string | null;
  readonly beneficiarySlug: string | null;
  readonly partners: readonly { organisationSlug: string; role: PartnerRole; note: string | null }[];
  readonly topicSlugs: readonly string[];
}

/** A stored project with everything it refers to resolved. */
export interface Project extends ProjectFacts {
  readonly id: number;
  readonly programme: ProgrammeRef | null;
  readonly beneficiary: OrganisationRef | null;
  readonly partners: readonly Partnership[];
  readonly topics: readonly Topic[];
  /** Uploaded photos with their alt text and credit, in the order the editors chose. */
  readonly photos: readonly ProjectPhoto[];
  /** Always present on a stored project: every translatable field, null where untranslated. */
  readonly translations: ProjectTranslations;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** What a list of projects shows of each. */
export interface ProjectSummary {
  readonly slug: string;
  readonly title: string;
  readonly summary: string;
  readonly programme: ProgrammeRef | null;
  readonly beneficiary: OrganisationRef | null;
  readonly status: ProjectStatus;
  readonly period: ProgrammingPeriod | null;
  readonly startDate: string | null;
  readonly endDate: string | null;
  readonly totalValue: Money | null;
  readonly cofinancing: Money | null;
  readonly isDemo: boolean;
  /** The title and summary in other languages, where translated. */
  readonly translations?: Translations<'title' | 'summary'>;
}
