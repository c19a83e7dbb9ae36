import type {
  Fund,
  FundingSource,
  IndicatorKind,
  LinkKind,
  OrganisationKind,
  PartnerRole,
  PhaseStatus,
  ProjectCategory,
  ProjectStatus,
  RelationKind,
} from '../../domain/codes.js';
import type { Topic } from '../../domain/programme.js';
import type { StatusHint } from '../../domain/project-hints.js';
import type { FacetName, SortOrder } from '../../domain/search-facets.js';
import type { OpenDataMessages } from './open-data-messages.js';

/** Labels of every code list of the model, in one language. */
export interface CodeLabels {
  readonly status: Record<ProjectStatus, string>;
  readonly category: Record<ProjectCategory, string>;
  readonly fund: Record<Fund, string>;
  /** The fund's abbreviation in this language, e.g. EFRR for the ERDF in Polish. */
  readonly fundShort: Record<Fund, string>;
  readonly fundingSource: Record<FundingSource, string>;
  readonly organisationKind: Record<OrganisationKind, string>;
  /** Heading of the group of partners with this role. */
  readonly partnerRoleGroup: Record<PartnerRole, string>;
  readonly phaseStatus: Record<PhaseStatus, string>;
  readonly relationKind: Record<RelationKind, string>;
  readonly indicatorKind: Record<IndicatorKind, string>;
  readonly linkKind: Record<LinkKind, string>;
  readonly statusHint: Record<Exclude<StatusHint, null>, string>;
  /** Wording of the warnings of `breakdownWarnings`, by problem code. */
  readonly warning: Readonly<Record<string, string>>;
  readonly provenance: Record<'manual' | 'import' | 'demo', string>;
  readonly identifier: Record<'nip' | 'regon' | 'krs' | 'pic', string>;
  readonly externalId: Record<'kohesio' | 'officialList' | 'keepEu', string>;
}

/** Words of project search: the search box, facets, sorting, notes on what was ignored, similar projects. */
export interface SearchMessages {
  readonly boxLabel: string;
  readonly headerBoxLabel: string;
  readonly pageBoxLabel: string;
  readonly placeholder: string;
  readonly submit: string;
  readonly help: string;
  readonly title: (query: string) => string;
  readonly headingFor: (query: string) => string;
  readonly approximateCount: (count: number) => string;
  /** The downloads of the whole result: heading, what they hold, and each format's name. */
  readonly exportHeading: string;
  readonly exportNote: (count: number) => string;
  readonly exportFormats: {
    readonly csv: string;
    readonly csvExcel: string;
    readonly xlsx: string;
    readonly json: string;
    readonly ndjson: string;
    readonly geojson: string;
  };
  /** Read before an estimated count by screen readers. */
  readonly about: string;
  readonly approximateFacets: string;
  readonly sortLabel: string;
  readonly sortSubmit: string;
  readonly sort: Record<SortOrder, string>;
  readonly facet: Record<FacetName, string>;
  readonly moneyRange: Readonly<Record<string, string>>;
  readonly selected: string;
  readonly removeFilter: (label: string) => string;
  readonly showMore: (facet: string) => string;
  readonly showFewer: string;
  readonly moreValues: (count: number) => string;
  readonly notesHeading: string;
  readonly note: {
    readonly query_too_long: (limit: number) => string;
    readonly unbalanced_quote: string;
    readonly lone_operator: (text: string) => string;
    readonly too_many_terms: (text: string) => string;
    readonly nothing_searchable: (text: string) => string;
    readonly unknown_facet_value: (facet: string, value: string) => string;
    readonly invalid_cursor: string;
    readonly unknown_sort: (value: string) => string;
  };
  readonly noResultsForQuery: string;
  readonly pagingLabel: string;
  /** A link past the facets, straight to the results (keyboard and screen-reader users). */
  readonly skipToResults: string;
  readonly nextPage: string;
  readonly firstPage: string;
  readonly similarHeading: string;
  readonly similarIntro: string;
}

/**
 * Every word the public pages show, as one typed dictionary: views never hold text of
 * their own, so a second language is a second dictionary.
 */
export interface Messages {
  readonly locale: string;
  readonly htmlLang: string;
  readonly codes: CodeLabels;
  /** A topic's name in this language. */
  readonly topicName: (topic: Topic) => string;
  /** A programme's name in this language, the original where it has no translation. */
  readonly programmeName: (programme: { readonly name: string; readonly nameEn?: string | null }) => string;
  /** Feeds, the licence page and link previews. */
  readonly openData: OpenDataMessages;
  readonly site: {
    readonly name: string;
    readonly tagline: string;
    readonly skipLink: string;
    readonly navLabel: string;
    readonly nav: { readonly projects: string; readonly programmes: string; readonly about: string };
    readonly footerText: string;
    readonly footerLicence: string;
    readonly footerPrivacy: string;
    readonly breadcrumbLabel: string;
    /** The name of this language, written in it: what the switch shows on the other language's pages. */
    readonly languageName: string;
    /** Names the language switch for assistive technology. */
    readonly languageNav: string;
    /** Said with the switch, e.g. "this page in English". */
    readonly languageSwitchHint: string;
    readonly home: string;
  };
  readonly common: {
    readonly demoBadge: string;
    readonly demoShort: string;
    readonly status: string;
    readonly programme: string;
    readonly beneficiary: string;
    readonly period: string;
    readonly totalValue: string;
    readonly cofinancing: string;
    readonly none: string;
    readonly notGiven: string;
    readonly dateFrom: (date: string) => string;
    readonly dateUntil: (date: string) => string;
    readonly website: string;
    readonly country: string;
    readonly city: string;
    readonly projectsCount: (count: number) => string;
    readonly warningPrefix: string;
    readonly externalLinkNote: string;
    /** On a project card: the share of the total value that the co-financing covers. */
    readonly cofinancedShare: (percent: string) => string;
    /** Marks a text shown in Polish because it has no translation into this language. */
    readonly inPolish: string;
  };
  readonly totals: {
    readonly heading: string;
    readonly projects: string;
    readonly totalValue: string;
    readonly cofinancing: string;
    readonly inCurrency: (currency: string) => string;
    readonly currencyNote: string;
    readonly empty: string;
  };
  readonly home: {
    readonly title: string;
    readonly heading: string;
    readonly intro: readonly string[];
    readonly latestHeading: string;
    readonly browseAll: string;
    readonly browseProgrammes: string;
    readonly explore: string;
  };
  readonly list: {
    readonly title: string;
    readonly heading: string;
    readonly intro: string;
    readonly filtersHeading: string;
    readonly programmeLabel: string;
    readonly topicLabel: string;
    readonly statusLabel: string;
    readonly anyProgramme: string;
    readonly anyTopic: string;
    readonly anyStatus: string;
    readonly unknownOption: (slug: string) => string;
    readonly submit: string;
    readonly clear: string;
    readonly resultsHeading: string;
    readonly resultCount: (count: number) => string;
    readonly activeFilters: string;
    readonly noResults: string;
    readonly pageBeyondEnd: string;
    readonly backToFirst: string;
  };
  readonly search: SearchMessages;
  readonly pagination: {
    readonly label: string;
    readonly previous: string;
    readonly next: string;
    readonly page: (page: number) => string;
    readonly pageOf: (page: number, pages: number) => string;
  };
  readonly project: {
    readonly breadcrumb: string;
    readonly onThisPage: string;
    readonly logoAlt: (title: string) => string;
    readonly logoPlaceholderAlt: string;
    readonly moneyHeading: string;
    readonly eligibleExpenditure: string;
    readonly rate: string;
    readonly rateBase: { readonly eligible: string; readonly total: string };
    readonly ownContribution: string;
    readonly ownContributionDerived: string;
    readonly breakdownCaption: string;
    readonly sourceColumn: string;
    readonly amountColumn: string;
    readonly shareColumn: string;
    readonly grantSubtotal: string;
    readonly barLabel: (rate: string, base: string) => string;
    /** Caption of the bar that splits the total value by where the money comes from. */
    readonly fundingBarCaption: string;
    /** Co-financing that the breakdown does not split into EU and state-budget parts. */
    readonly cofinancingUnsplit: string;
    /** Time progress in the project header, from its dates. */
    readonly time: {
      readonly label: string;
      readonly notStarted: (start: string) => string;
      readonly running: (percent: string, end: string) => string;
      readonly ended: (end: string) => string;
    };
    readonly factsHeading: string;
    readonly priorityAxis: string;
    readonly measure: string;
    readonly subMeasure: string;
    readonly funds: string;
    readonly period: string;
    readonly topics: string;
    readonly category: string;
    readonly startDate: string;
    readonly endDate: string;
    readonly contractNumber: string;
    readonly goalHeading: string;
    readonly descriptionHeading: string;
    readonly resultsHeading: string;
    readonly phasesHeading: string;
    readonly duration: (months: number) => string;
    readonly peopleHeading: string;
    readonly groupsHeading: string;
    readonly groupMembers: string;
    readonly placesHeading: string;
    readonly place: {
      readonly area: string;
      readonly city: string;
      readonly municipality: string;
      readonly county: string;
      readonly voivodeship: string;
      readonly country: string;
      readonly teryt: string;
      readonly coordinates: string;
      readonly mapLink: string;
    };
    readonly relationsHeading: string;
    readonly updatesHeading: string;
    readonly indicatorsHeading: string;
    readonly indicatorsCaption: string;
    readonly indicatorColumns: {
      readonly name: string;
      readonly kind: string;
      readonly unit: string;
      readonly baseline: string;
      readonly target: string;
      readonly achieved: string;
    };
    readonly linksHeading: string;
    readonly contactHeading: string;
    readonly contact: { readonly name: string; readonly email: string; readonly phone: string };
    readonly provenanceHeading: string;
    readonly importedFrom: (file: string, row: number | null) => string;
    readonly lastChange: string;
    readonly photosHeading: string;
    readonly photoCredit: (credit: string) => string;
  };
  readonly organisation: {
    readonly kind: string;
    readonly shortName: string;
    readonly identifiers: string;
    readonly asBeneficiary: string;
    readonly asPartner: string;
    readonly noProjects: string;
    readonly shown: (shown: number, total: number) => string;
  };
  readonly programmes: {
    readonly title: string;
    readonly heading: string;
    readonly intro: string;
    readonly caption: string;
    readonly columns: {
      readonly name: string;
      readonly shortName: string;
      readonly period: string;
      readonly funds: string;
      readonly projects: string;
    };
    readonly code: string;
    readonly managingAuthority: string;
    readonly projectsHeading: string;
    readonly openInList: string;
    readonly noProjects: string;
  };
  readonly about: {
    readonly title: string;
    readonly heading: string;
    readonly sections: readonly { readonly heading: string; readonly paragraphs: readonly string[] }[];
  };
  readonly errors: {
    readonly notFoundTitle: string;
    readonly notFoundText: string;
    readonly badRequestTitle: string;
    readonly badRequestText: string;
    readonly serverErrorTitle: string;
    readonly serverErrorText: string;
    readonly otherTitle: string;
    readonly otherText: string;
    readonly goHome: string;
    readonly goProjects: string;
    readonly statusLine: (status: number) => string;
  };
  readonly query: {
    readonly page: string;
    readonly status: string;
    readonly slug: (name: string) => string;
    readonly single: (name: string) => string;
  };
}
