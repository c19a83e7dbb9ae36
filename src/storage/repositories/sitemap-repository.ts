import { type ExpressionBuilder, sql } from 'kysely';
import type { SpojniaDb } from '../database.js';
import type { Database } from '../schema.js';

/** The kinds of pages of published content a sitemap lists, each a table with an integer id. */
export const SITEMAP_KINDS = ['projects', 'organisations', 'programmes'] as const;
export type SitemapKind = (typeof SITEMAP_KINDS)[number];

/** The items whose ids fall in [index × idsPerChunk, (index + 1) × idsPerChunk). */
export interface SitemapChunk {
  readonly index: number;
  readonly count: number;
  /** The newest change among them (ISO), where the table keeps one. */
  readonly lastModified: string | null;
}

export interface SitemapItem {
  readonly id: number;
  readonly slug: string;
  readonly lastModified: string | null;
}

/** An organisation has a public page worth listing when a published project names it. */
function hasPublishedProject(eb: ExpressionBuilder<Database, 'organisations'>) {
  return eb.or([
    eb.exists(
      eb
        .selectFrom('projects')
        .select('projects.id')
        .whereRef('projects.beneficiary_id', '=', 'organisations.id')
        .where('projects.editorial_state', '=', 'published'),
    ),
    eb.exists(
      eb
        .selectFrom('project_partners')
        .innerJoin('projects', 'projects.id', 'project_partners.project_id')
        .select('projects.id')
        .whereRef('project_partners.organisation_id', '=', 'organisations.id')
        .where('projects.editorial_state', '=', 'published'),
    ),
  ]);
}

function listed(db: SpojniaDb, kind: SitemapKind) {
  if (kind === 'projects') {
    return db
      .selectFrom('projects')
      .where('projects.editorial_state', '=', 'published')
      .select(['projects.id', 'projects.slug', sql<string | null>`projects.updated_at`.as('last_modified')]);
  }
  if (kind === 'organisations') {
    return db
      .selectFrom('organisations')
      .where(hasPublishedProject)
      .select(['organisations.id', 'organisations.slug', sql<string | null>`null`.as('last_modified')]);
  }
  return db
    .selectFrom('programmes')
    .select(['programmes.id', 'programmes.slug', sql<string | null>`null`.as('last_modified')]);
}

function checkedChunkSize(idsPerChunk: number): number {
  if (!Number.isSafeInteger(idsPerChunk) || idsPerChunk < 1) throw new Error('idsPerChunk must be a positive integer');
  return idsPerChunk;
}

/**
 * The non-empty id ranges of a kind, in one aggregate query: the sitemap index lists them
 * without reading a single row into memory. Chunks keep their number as items come and go,
 * so a crawler's child sitemap addresses stay valid.
 */
export async function listSitemapChunks(
  db: SpojniaDb,
  kind: SitemapKind,
  idsPerChunk: number,
): Promise<SitemapChunk[]> {
  // Inlined, not bound: PostgreSQL must see the same expression in SELECT and GROUP BY.
  const size = sql.lit(checkedChunkSize(idsPerChunk));
  const rows = await db
    .selectFrom(listed(db, kind).as('items'))
    .select([
      sql<number>`items.id / ${size}`.as('chunk'),
      sql<number>`count(*)`.as('count'),
      sql<string | null>`max(items.last_modified)`.as('last_modified'),
    ])
    .groupBy(sql`items.id / ${size}`)
    .orderBy(sql`items.id / ${size}`)
    .execute();
  return rows.map((row) => ({
    index: Number(row.chunk),
    count: Number(row.count),
    lastModified: row.last_modified,
  }));
}

/**
 * The items of one chunk, read in batches by keyset (id > last seen), so a chunk of 25 000
 * never sits in memory whole and no query skips rows with OFFSET.
 */
export async function* streamSitemapChunk(
  db: SpojniaDb,
  kind: SitemapKind,
  chunk: number,
  idsPerChunk: number,
  batchSize = 1000,
): AsyncGenerator<SitemapItem> {
  const size = checkedChunkSize(idsPerChunk);
  const end = (chunk + 1) * size;
  let after = chunk * size - 1;
  for (;;) {
    const rows = await db
      .selectFrom(listed(db, kind).as('items'))
      .selectAll()
      .where('items.id', '>', after)
      .where('items.id', '<', end)
      .orderBy('items.id')
      .limit(batchSize)
      .execute();
    for (const row of rows) yield { id: Number(row.id), slug: row.slug, lastModified: row.last_modified };
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = Number(last.id);
  }
}
