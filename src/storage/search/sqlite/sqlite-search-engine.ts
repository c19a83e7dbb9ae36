import Database from 'better-sqlite3';
import type { ParsedQuery } from '../../../domain/search-query.js';
import { DOCUMENT_COLUMNS, DocStore } from '../facet-engine/doc-store.js';
import type { Candidates } from '../facet-engine/run-search.js';
import { readSnapshot, writeSnapshot } from '../facet-engine/snapshot.js';
import { localWriteEpoch } from '../local-writes.js';
import type { SearchEngine } from '../search-engine.js';
import { excludedExpression, matchExpression, titleExpression } from './fts-expression.js';
import { IdCollector } from './id-collector.js';
import { rankAllTitles, rankChangedTitles } from './title-ranks.js';

/** Up to this many matches are ordered by bm25; above it, title matches come first (bm25 costs ~5 µs a row). */
export const RANK_LIMIT = 2000;
/** Title matches sort before every other match (bm25 scores stay far above -1000). */
const TITLE_TIER = -1000;
/** More changes than this at once: reload the facet index rather than apply them one by one. */
const MAX_INCREMENTAL_CHANGES = 20_000;
const LOAD_CHUNK = 20_000;
/** Another process's commit is noticed within this long; own writes at once (see local-writes.ts). */
const CHANGE_CHECK_INTERVAL_MS = 20;
/** After a write of this process, every request checks for a while: its commit comes after the write. */
const CHECK_EVERY_REQUEST_MS = 2_000;

/** Text matches kept for repeated queries (paging, facet clicks), until the data changes: 8 MB per million matches. */
const TEXT_CACHE_BYTES = 32 * 1024 * 1024;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const COLUMNS = DOCUMENT_COLUMNS.join(', ');

/**
 * The SQLite provider. It reads through its own read-only connection to the database file:
 * application-defined functions move matches and rows into typed arrays several times faster
 * than returning rows, and `PRAGMA data_version` on a connection of our own changes whenever
 * any other connection (in this process or another) commits — which is how the in-memory
 * facet index notices writes it did not make.
 */
export class SqliteSearchEngine implements SearchEngine {
  private readonly raw: Database.Database;
  private readonly collector = new IdCollector();
  private store: DocStore | null = null;
  private loading: Promise<void> | null = null;
  private loadTarget: DocStore | null = null;
  private lastChangeId = 0;
  private seenDataVersion = -1;
  private token = 0;
  private pendingChanges = true;
  private lastCheck = Number.NEGATIVE_INFINITY;
  private seenWriteEpoch = -1;
  private checkEveryRequestUntil = 0;
  private readonly textCache = new Map<string, { candidates: Candidates; bytes: number }>();
  private textCacheBytes = 0;
  private readonly statements;
  /** Where the facet index is saved for the next start; see facet-engine/snapshot.ts. */
  private readonly snapshotFile: string;
  private hasLoaded = false;

  constructor(file: string) {
    this.snapshotFile = `${file}.search-snapshot`;
    this.raw = new Database(file, { readonly: true, fileMustExist: true });
    this.raw.pragma('cache_size = -16384');
    this.raw.function('spojnia_collect', { deterministic: false }, (id) => this.collector.add(Number(id)));
    this.raw.function('spojnia_load', { deterministic: false, varargs: true }, (...row: unknown[]) => {
      this.loadTarget?.put(row);
      return null;
    });
    const raw = this.raw;
    this.statements = {
      dataVersion: raw.prepare('PRAGMA data_version').pluck(),
      maxProjectId: raw.prepare('SELECT max(project_id) FROM search_documents').pluck(),
      documentCount: raw.prepare('SELECT count(*) FROM search_documents').pluck(),
      maxChangeId: raw.prepare('SELECT max(id) FROM search_changes').pluck(),
      minChangeId: raw.prepare('SELECT min(id) FROM search_changes').pluck(),
      changes: raw.prepare('SELECT id, project_id FROM search_changes WHERE id > ? ORDER BY id LIMIT ?').raw(),
      loadRange: raw
        .prepare(
          `SELECT count(spojnia_load(${COLUMNS})) FROM search_documents WHERE project_id > ? AND project_id <= ?`,
        )
        .pluck(),
      documents: raw
        .prepare(
          `SELECT ${COLUMNS}, title_key FROM search_documents WHERE project_id IN (SELECT value FROM json_each(?))`,
        )
        .raw(),
      collect: raw.prepare('SELECT count(spojnia_collect(rowid)) FROM search_text WHERE search_text MATCH ?').pluck(),
      // bm25 cannot be an argument of an aggregate, and scored sets are small: rows come back as they are.
      scored: raw
        .prepare('SELECT rowid, bm25(search_text, 10, 4, 1, 3, 3) FROM search_text WHERE search_text MATCH ?')
        .raw(),
    };
  }

  changeToken(): number {
    const now = performance.now();
    const epoch = localWriteEpoch();
    if (epoch !== this.seenWriteEpoch) {
      this.seenWriteEpoch = epoch;
      this.checkEveryRequestUntil = now + CHECK_EVERY_REQUEST_MS;
    }
    if (now < this.lastCheck + CHANGE_CHECK_INTERVAL_MS && now >= this.checkEveryRequestUntil) return this.token;
    this.lastCheck = now;
    const version = this.statements.dataVersion.get() as number;
    if (version !== this.seenDataVersion) {
      this.seenDataVersion = version;
      this.pendingChanges = true;
      this.token += 1;
    }
    return this.token;
  }

  async ready(): Promise<DocStore> {
    for (;;) {
      if (this.loading) await this.loading;
      this.changeToken();
      if (this.store && !this.pendingChanges) return this.store;
      this.pendingChanges = false;
      if (!this.store || !this.applyChanges(this.store)) {
        this.loading ??= this.loadAll().finally(() => {
          this.loading = null;
        });
      }
    }
  }

  close(): void {
    if (this.raw.open) this.raw.close();
  }

  /**
   * Fills the facet index: on the first load from the snapshot of the last run when it is
   * still good (then only the changes since are applied), otherwise from `search_documents`.
   */
  private async loadAll(): Promise<void> {
    this.seenDataVersion = this.statements.dataVersion.get() as number;
    const isFirst = !this.hasLoaded;
    this.hasLoaded = true;
    if (isFirst && this.loadSnapshot()) return;
    await this.loadFromTable();
    const { store, lastChangeId } = this;
    // Saved after this request is answered; a failure only costs the next start its head start.
    setImmediate(() => {
      try {
        if (store) writeSnapshot(this.snapshotFile, store, lastChangeId);
      } catch {
        // A read-only folder, a full disk: the snapshot is a cache, the index is fine without it.
      }
    });
  }

  private loadSnapshot(): boolean {
    const snapshot = readSnapshot(this.snapshotFile);
    if (!snapshot) return false;
    // A snapshot from ahead of this database's change log belongs to another copy of it.
    if (snapshot.lastChangeId > Number(this.statements.maxChangeId.get() ?? 0)) return false;
    this.lastChangeId = snapshot.lastChangeId;
    if (!this.applyChanges(snapshot.store)) return false;
    if (snapshot.store.visibleCount !== Number(this.statements.documentCount.get())) return false;
    this.store = snapshot.store;
    this.clearTextCache();
    this.token += 1;
    return true;
  }

  /** Reads every document into a new store, in chunks so other requests are served meanwhile. */
  private async loadFromTable(): Promise<void> {
    const lastChangeId = Number(this.statements.maxChangeId.get() ?? 0);
    const maxId = Number(this.statements.maxProjectId.get() ?? 0);
    const store = new DocStore(Math.ceil((maxId + 1) * 1.05));
    this.loadTarget = store;
    try {
      for (let from = 0; from <= maxId; from += LOAD_CHUNK) {
        this.statements.loadRange.get(from, from + LOAD_CHUNK);
        await nextTurn();
      }
    } finally {
      this.loadTarget = null;
    }
    rankAllTitles(this.raw, store);
    this.store = store;
    this.lastChangeId = lastChangeId;
    this.clearTextCache();
    this.token += 1;
  }

  /**
   * Applies the change log since the last look. Returns false when a reload is needed: too
   * many changes, a "reload everything" marker, or a log pruned past where we were.
   */
  private applyChanges(store: DocStore): boolean {
    const oldest = Number(this.statements.minChangeId.get() ?? 0);
    if (oldest > this.lastChangeId + 1) return false;
    const rows = this.statements.changes.all(this.lastChangeId, MAX_INCREMENTAL_CHANGES + 1) as [
      number,
      number | null,
    ][];
    if (rows.length === 0) return true;
    if (rows.length > MAX_INCREMENTAL_CHANGES || rows.some(([, projectId]) => projectId === null)) return false;
    const ids = [...new Set(rows.map(([, projectId]) => projectId as number))];
    const found = this.statements.documents.all(JSON.stringify(ids)) as unknown[][];
    const present = new Set<number>();
    const titleKeys = new Map<number, string>();
    for (const row of found) {
      const id = Number(row[0]);
      present.add(id);
      store.put(row.slice(0, DOCUMENT_COLUMNS.length));
      titleKeys.set(id, String(row[DOCUMENT_COLUMNS.length]));
    }
    for (const id of ids) if (!present.has(id)) store.remove(id);
    rankChangedTitles(this.raw, store, titleKeys);
    this.lastChangeId = (rows[rows.length - 1] as [number, number | null])[0];
    this.clearTextCache();
    return true;
  }

  async matchText(query: ParsedQuery, store: DocStore): Promise<Candidates> {
    const positive = matchExpression(query);
    const excluded = excludedExpression(query);
    const cacheKey = `${positive ?? ''}\u0000${excluded ?? ''}`;
    const cached = this.textCache.get(cacheKey);
    if (cached) {
      this.textCache.delete(cacheKey);
      this.textCache.set(cacheKey, cached);
      return cached.candidates;
    }
    let candidates: Candidates;
    if (positive === null) {
      const all = store.visibleIds();
      candidates = { ids: excluded === null ? all : without(all, this.collect(excluded)), scores: null };
    } else {
      candidates = this.ranked(positive, query);
    }
    this.remember(cacheKey, candidates);
    return candidates;
  }

  private collect(expression: string): Int32Array {
    this.collector.reset(false);
    this.statements.collect.get(expression);
    return this.collector.ids();
  }

  private collectScored(expression: string): { ids: Int32Array; scores: Float32Array } {
    this.collector.reset(true);
    for (const [id, score] of this.statements.scored.iterate(expression) as Iterable<[number, number]>) {
      this.collector.addScored(Number(id), Number(score));
    }
    return { ids: this.collector.ids(), scores: this.collector.scores() };
  }

  /** Matches with relevance: bm25 when few, otherwise title matches first (by bm25 when those are few). */
  private ranked(expression: string, query: ParsedQuery): Candidates {
    const ids = this.collect(expression);
    if (ids.length <= RANK_LIMIT) return this.collectScored(expression);
    const scores = new Float32Array(ids.length);
    const title = titleExpression(query);
    if (title === null) return { ids, scores };
    const titleIds = this.collect(title);
    if (titleIds.length <= RANK_LIMIT) {
      const scored = this.collectScored(title);
      spread(ids, scores, scored.ids, (index) => TITLE_TIER + (scored.scores[index] as number));
    } else {
      spread(ids, scores, titleIds, () => -1);
    }
    return { ids, scores };
  }

  private remember(key: string, candidates: Candidates): void {
    const bytes = candidates.ids.byteLength + (candidates.scores?.byteLength ?? 0);
    if (bytes > TEXT_CACHE_BYTES / 4) return;
    this.textCache.set(key, { candidates, bytes });
    this.textCacheBytes += bytes;
    for (const [oldKey, entry] of this.textCache) {
      if (this.textCacheBytes <= TEXT_CACHE_BYTES) break;
      this.textCache.delete(oldKey);
      this.textCacheBytes -= entry.bytes;
    }
  }

  private clearTextCache(): void {
    this.textCache.clear();
    this.textCacheBytes = 0;
  }
}

/** Sets scores[i] for each ids[i] that is also in `subset` (both ascending). */
function spread(
  ids: Int32Array,
  scores: Float32Array,
  subset: Int32Array,
  scoreOf: (subsetIndex: number) => number,
): void {
  let at = 0;
  for (let index = 0; index < subset.length; index += 1) {
    const id = subset[index] as number;
    while (at < ids.length && (ids[at] as number) < id) at += 1;
    if (at < ids.length && ids[at] === id) scores[at] = scoreOf(index);
  }
}

/** `all` minus `removed`, both ascending. */
function without(all: Int32Array, removed: Int32Array): Int32Array {
  const kept = new Int32Array(all.length);
  let count = 0;
  let at = 0;
  for (let index = 0; index < all.length; index += 1) {
    const id = all[index] as number;
    while (at < removed.length && (removed[at] as number) < id) at += 1;
    if (at < removed.length && removed[at] === id) continue;
    kept[count++] = id;
  }
  return kept.subarray(0, count);
}
