import type { Generated } from 'kysely';

/** Table row types as the database holds them; they never leave storage/. */
export interface ProgrammeTable {
  id: Generated<number>;
  slug: string;
  code: string | null;
  name: string;
  name_en: string | null;
  short_name: string;
  period: string;
  /** Fund codes joined by commas, e.g. "ERDF,ESF". */
  funds: string;
  managing_authority: string | null;
  website: string | null;
}

export interface TopicTable {
  id: Generated<number>;
  slug: string;
  name_pl: string;
  name_en: string;
}

export interface OrganisationTable {
  id: Generated<number>;
  slug: string;
  name: string;
  /** Folded, lower-case name used to find the same organisation under another spelling. */
  name_key: string;
  short_name: string | null;
  kind: string;
  country: string;
  city: string | null;
  website: string | null;
  /** JSON object of registry numbers (NIP, REGON, KRS, PIC). */
  identifiers: string;
  is_demo: number;
  logo_url: Generated<string | null>;
}

export interface ProjectTable {
  id: Generated<number>;
  slug: string;
  title: string;
  summary: string;
  description: string;
  goal: string;
  results: string;
  /** English versions of the texts above; NULL where not translated. */
  title_en: string | null;
  summary_en: string | null;
  description_en: string | null;
  goal_en: string | null;
  results_en: string | null;
  contract_number: string | null;
  kohesio_id: string | null;
  official_list_id: string | null;
  keep_eu_id: string | null;
  programme_id: number | null;
  priority_code: string | null;
  priority_name: string | null;
  measure_code: string | null;
  measure_name: string | null;
  sub_measure_code: string | null;
  sub_measure_name: string | null;
  period: string | null;
  category: string | null;
  status: string;
  start_date: string | null;
  end_date: string | null;
  currency: string;
  total_value: number | null;
  eligible_expenditure: number | null;
  cofinancing_amount: number | null;
  beneficiary_id: number | null;
  contact_name: string | null;
  contact_email: string | null;
  contact_phone: string | null;
  contact_note: string | null;
  website: string | null;
  logo_url: string | null;
  editorial_state: string;
  source: string;
  source_file: string | null;
  source_row: number | null;
  /** Identity of an imported row that has no contract number or external id; see services/import. */
  import_key: Generated<string | null>;
  is_demo: number;
  created_at: string;
  updated_at: string;
}

export interface ProjectFundTable {
  project_id: number;
  fund: string;
}

export interface ProjectTopicTable {
  project_id: number;
  topic_id: number;
}

export interface ProjectFundingTable {
  id: Generated<number>;
  project_id: number;
  position: number;
  source: string;
  amount: number;
}

export interface ProjectPlaceTable {
  id: Generated<number>;
  project_id: number;
  position: number;
  label: string;
  country: string;
  voivodeship: string | null;
  county: string | null;
  municipality: string | null;
  teryt: string | null;
  city: string | null;
  area_name: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface ProjectPartnerTable {
  project_id: number;
  organisation_id: number;
  position: number;
  role: string;
  note: string | null;
}

export interface ProjectPhaseTable {
  id: Generated<number>;
  project_id: number;
  position: number;
  name: string;
  start_date: string | null;
  end_date: string | null;
  duration_months: number | null;
  status: string;
  description: string | null;
}

export interface ProjectUpdateTable {
  id: Generated<number>;
  project_id: number;
  date: string;
  date_precision: string;
  title: string;
  body: string;
  title_en: string | null;
  body_en: string | null;
}

export interface ProjectIndicatorTable {
  id: Generated<number>;
  project_id: number;
  position: number;
  kind: string;
  name: string;
  unit: string;
  baseline: number | null;
  target: number | null;
  achieved: number | null;
}

export interface ProjectLinkTable {
  id: Generated<number>;
  project_id: number;
  position: number;
  kind: string;
  title: string;
  url: string;
}

export interface ProjectRelationTable {
  id: Generated<number>;
  project_id: number;
  position: number;
  kind: string;
  target_slug: string | null;
  target_title: string;
  note: string | null;
}

export interface ProjectGroupTable {
  id: Generated<number>;
  project_id: number;
  position: number;
  name: string;
  description: string | null;
  /** JSON array of member descriptions. */
  members: string;
}

/** One published project as search sees it: facet values and sort keys (see migration 0005). */
export interface SearchDocumentTable {
  project_id: number;
  programme_id: number | null;
  period: string | null;
  status: string;
  category: string | null;
  currency: string;
  /** Fund codes separated by spaces. */
  funds: string;
  beneficiary_id: number | null;
  /** Days since 1970-01-01. */
  start_day: number | null;
  end_day: number | null;
  total_value: number | null;
  cofinancing: number | null;
  /** Polish collation key of the title. */
  title_key: string;
  /** Lists separated by spaces: topic ids, voivodeship keys, municipality keys, ISO country codes. */
  topic_ids: string;
  voivodeships: string;
  municipalities: string;
  partner_countries: string;
}

export interface SearchMunicipalityTable {
  key: string;
  name: string;
  voivodeship: string | null;
}

/** PostgreSQL only (migration 0006): the folded words a project is found by; SQLite keeps them in FTS5. */
export interface SearchTextTable {
  project_id: number;
  /** Folded words of the title, spaced: ` word word `. */
  title: string;
  /** Folded words of every searchable field, spaced, fields parted by `|`. */
  document: string;
}

export interface SearchChangeTable {
  id: Generated<number>;
  /** Null: many projects changed, reload everything. */
  project_id: number | null;
}

export interface UserTable {
  id: Generated<number>;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  is_active: number;
  failed_sign_ins: number;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserOrganisationTable {
  user_id: number;
  organisation_id: number;
}

export interface SessionTable {
  /** SHA-256 of the cookie's token; the token itself is never stored. */
  token_hash: string;
  user_id: number;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface AuditEventTable {
  id: Generated<number>;
  occurred_at: string;
  action: string;
  actor_id: number | null;
  actor_email: string | null;
  subject_type: string | null;
  subject_id: number | null;
  subject_label: string | null;
  /** JSON object with what else is worth knowing (old and new role, reason…). */
  details: string;
  ip: string | null;
}

export interface ProjectRevisionTable {
  id: Generated<number>;
  project_id: number;
  number: number;
  action: string;
  author_id: number | null;
  author_email: string | null;
  created_at: string;
  /** JSON array of field paths. */
  changed_paths: string;
  restored_from: number | null;
  /** JSON of the RevisionSnapshot. */
  snapshot: string;
}

export interface ImageTable {
  id: Generated<number>;
  file_name: string;
  owner_type: string;
  owner_id: number;
  kind: string;
  position: number;
  alt: string;
  credit: string;
  width: number;
  height: number;
  bytes: number;
  created_at: string;
  removed_at: string | null;
}

export interface Database {
  programmes: ProgrammeTable;
  topics: TopicTable;
  organisations: OrganisationTable;
  projects: ProjectTable;
  project_funds: ProjectFundTable;
  project_topics: ProjectTopicTable;
  project_funding: ProjectFundingTable;
  project_places: ProjectPlaceTable;
  project_partners: ProjectPartnerTable;
  project_phases: ProjectPhaseTable;
  project_updates: ProjectUpdateTable;
  project_indicators: ProjectIndicatorTable;
  project_links: ProjectLinkTable;
  project_relations: ProjectRelationTable;
  project_groups: ProjectGroupTable;
  search_documents: SearchDocumentTable;
  search_municipalities: SearchMunicipalityTable;
  search_changes: SearchChangeTable;
  search_texts: SearchTextTable;
  users: UserTable;
  user_organisations: UserOrganisationTable;
  sessions: SessionTable;
  audit_events: AuditEventTable;
  project_revisions: ProjectRevisionTable;
  images: ImageTable;
}
