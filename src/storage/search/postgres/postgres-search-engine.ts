import { type RawBuilder, sql } from 'kysely';
import type { ParsedQuery } from '../../../domain/search-query.js';
import type { SpojniaDb } from '../../database.js';
import { DOCUMENT_COLUMNS, DocStore } from '../facet-engine/doc-store.js';
import type { Candidates } from '../facet-engine/run-search.js';
import { localWriteEpoch } from '../local-writes.js';
import type { SearchEngine } from '../search-engine.js';
import { excludedQuery, requiredQuery } from './text-query.js';

const LOAD_CHUNK = 20_000;
/** More changes than this at once: reload the facet index rather than apply them one by one. */
const MAX_INCREMENTAL_CHANGES = 5_000;
/**
 * Change-log ids are handed out when a transaction writes, but transactions commit in any
 * order: an id below the newest one seen may still appear. Ids this far back are looked at
 * again on every refresh, and each is applied once.
 */
const LATE_COMMIT_WINDOW = 100;
/** Up to this many matches are ranked by ts_rank_cd; above it, title matches come first (reading every vector costs too much). */
export const RANK_LIMIT = 2000;
/** Weights of D, C, B, A words for ts_rank_cd: a title word (A) counts as ten in the other fields (D). */
const RANK_WEIGHTS = [0.1, 0.2, 0.4, 1.0];
/** Title matches rank before every other match when there are too many to rank. */
const TITLE_SCORE = -1;

/**
 * The PostgreSQL provider: the facet index is the same in-memory DocStore as on SQLite,
 * loaded from `search_documents` and kept current from `search_changes` on every search; words
 * are matched through the GIN index over the tsvector of `search_texts` (migration 0041), with
 * queries built by `text-query.ts`, so folding, prefixes, phrases and exclusions behave as on
 * SQLite, and after `spojnia db setup-search` Polish inflected forms match too.
 */
export class PostgresSearchEngine implements SearchEngine {
  private store: DocStore | null = null;
  private refreshing: Promise<DocStore> | null = null;
  private lastChangeId = 0;
  /** Change ids at or above `lastChangeId - LATE_COMMIT_WINDOW` already applied. */
  private readonly appliedChanges = new Set<number>();
  private token = 0;

  constructor(private readonly db: SpojniaDb) {}

  /**
   * Any other process may have written anything (PostgreSQL has no cheap "did anything
   * change" question), so every call is a new token: what is cached against it is never reused.
   */
  changeToken(): number {
    this.token += 1;
    return this.token + localWriteEpoch();
  }

  ready(): Promise<DocStore> {
    this.refreshing ??= this.refresh().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  close(): void {
    // The engine reads through the application's own pool, which its owner closes.
  }

  private async refresh(): Promise<DocStore> {
    if (this.store && (await this.applyChanges(this.store))) return this.store;
    this.store = await this.loadAll();
    return this.store;
  }

  private async loadAll(): Promise<DocStore> {
    const newest = await this.db
      .selectFrom('search_changes')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    const lastChangeId = Number(newest?.id ?? 0);
    // Changes already in the log are part of what is about to be read.
    const early = await this.db
      .selectFrom('search_changes')
      .select('id')
      .where('id', '>', lastChangeId - LATE_COMMIT_WINDOW)
      .execute();
    const store = new DocStore();
    let after = 0;
    for (;;) {
      const rows = await this.db
        .selectFrom('search_documents')
        .select([...DOCUMENT_COLUMNS])
        .where('project_id', '>', after)
        .orderBy('project_id')
        .limit(LOAD_CHUNK)
        .execute();
      for (const row of rows) store.put(DOCUMENT_COLUMNS.map((column) => row[column]));
      const last = rows[rows.length - 1];
      if (!last) break;
      after = last.project_id;
    }
    await this.rankTitles(store);
    this.lastChangeId = lastChangeId;
    this.appliedChanges.clear();
    for (const row of early) this.appliedChanges.add(row.id);
    return store;
  }

  /**
   * Applies the change log since the last look. Returns false when a reload is needed: too
   * many changes, a "reload everything" marker, or a log pruned past where we were.
   */
  private async applyChanges(store: DocStore): Promise<boolean> {
    const low = this.lastChangeId - LATE_COMMIT_WINDOW;
    const rows = (
      await this.db
        .selectFrom('search_changes')
        .select(['id', 'project_id'])
        .where('id', '>', low)
        .orderBy('id')
        .limit(MAX_INCREMENTAL_CHANGES + LATE_COMMIT_WINDOW + 1)
        .execute()
    ).filter((row) => !this.appliedChanges.has(row.id));
    if (rows.length === 0) return true;
    if (rows.length > MAX_INCREMENTAL_CHANGES || rows.some((row) => row.project_id === null)) return false;
    const oldest = await this.db
      .selectFrom('search_changes')
      .select((eb) => eb.fn.min('id').as('id'))
      .executeTakeFirst();
    if (Number(oldest?.id ?? 0) > this.lastChangeId + 1) return false;

    const ids = [...new Set(rows.map((row) => row.project_id as number))];
    const found = await this.db
      .selectFrom('search_documents')
      .select([...DOCUMENT_COLUMNS])
      .where('project_id', 'in', ids)
      .execute();
    const present = new Set(found.map((row) => row.project_id));
    for (const row of found) store.put(DOCUMENT_COLUMNS.map((column) => row[column]));
    for (const id of ids) if (!present.has(id)) store.remove(id);
    if (found.length > 0) await this.rankTitles(store);

    for (const row of rows) this.appliedChanges.add(row.id);
    this.lastChangeId = Math.max(this.lastChangeId, ...rows.map((row) => row.id));
    for (const id of this.appliedChanges)
      if (id <= this.lastChangeId - LATE_COMMIT_WINDOW) this.appliedChanges.delete(id);
    return true;
  }

  /** Title order as a number per document, from the Polish collation keys compared byte by byte (as SQLite does). */
  private async rankTitles(store: DocStore): Promise<void> {
    const ranks = store.sortKeys.title;
    ranks.fill(Number.NaN);
    const { rows } = await sql<{ project_id: number }>`
      SELECT project_id FROM search_documents ORDER BY title_key COLLATE "C", project_id`.execute(this.db);
    rows.forEach((row, position) => {
      ranks[row.project_id] = position;
    });
    store.touch();
  }

  async matchText(query: ParsedQuery, store: DocStore): Promise<Candidates> {
    const requiredExpression = requiredQuery(query);
    if (requiredExpression === null) {
      const all = store.visibleIds();
      if (query.excluded.length === 0) return { ids: all, scores: null };
      const dropped = new Set(await this.matchingIds(await this.tsquery(excludedQuery(query))));
      return { ids: all.filter((id) => !dropped.has(id)), scores: null };
    }
    const required = await this.tsquery(requiredExpression);
    // Only what the facet index holds counts: a row written after it was read waits for the next refresh.
    const ids = Int32Array.from(await this.matchingIds(required)).filter((id) => store.visible[id] === 1);
    return { ids, scores: await this.scores(ids, query, required) };
  }

  /**
   * The query as tsquery text, worked out once: given as a constant, the planner can tell a
   * rare word (the GIN index) from a common one (a scan), and the dictionary is not asked per row.
   */
  private async tsquery(expression: RawBuilder<unknown>): Promise<string> {
    const { rows } = await sql<{ tsquery: string }>`SELECT (${expression})::text AS tsquery`.execute(this.db);
    return rows[0]?.tsquery ?? '';
  }

  /** Ids of the rows whose vector matches, ascending; as one string, since a broad word matches most rows. */
  private async matchingIds(tsquery: string): Promise<number[]> {
    if (tsquery === '') return [];
    const { rows } = await sql<{ ids: string | null }>`
      SELECT string_agg(project_id::text, ',' ORDER BY project_id) AS ids
      FROM search_texts WHERE vector @@ ${tsquery}::tsquery`.execute(this.db);
    const text = rows[0]?.ids;
    return text ? text.split(',').map(Number) : [];
  }

  /**
   * Relevance (lower is better): ts_rank_cd, title words weighing most, when the matches are
   * few enough to read every vector; otherwise matches with every required part in the title
   * first, found through the index.
   */
  private async scores(ids: Int32Array, query: ParsedQuery, required: string): Promise<Float32Array> {
    const scores = new Float32Array(ids.length);
    if (ids.length === 0) return scores;
    const position = new Map<number, number>();
    ids.forEach((id, index) => {
      position.set(id, index);
    });
    if (ids.length <= RANK_LIMIT) {
      const { rows } = await sql<{ project_id: number; rank: number }>`
        SELECT project_id, ts_rank_cd(${RANK_WEIGHTS}::float4[], vector, ${required}::tsquery) AS rank
        FROM search_texts WHERE project_id = ANY(${[...ids]}::integer[])`.execute(this.db);
      for (const row of rows) {
        const index = position.get(row.project_id);
        if (index !== undefined) scores[index] = -Number(row.rank);
      }
      return scores;
    }
    const inTitle = requiredQuery(query, 'A');
    if (inTitle === null) return scores;
    for (const id of await this.matchingIds(await this.tsquery(inTitle))) {
      const index = position.get(id);
      if (index !== undefined) scores[index] = TITLE_SCORE;
    }
    return scores;
  }
}
