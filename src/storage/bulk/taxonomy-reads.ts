import type { SpojniaDb } from '../database.js';

export interface TopicRow {
  readonly id: number;
  readonly slug: string;
  readonly namePl: string;
}

/** Every topic with its id; topics are few, so bulk writers keep them in memory. */
export async function listTopicRows(db: SpojniaDb): Promise<TopicRow[]> {
  const rows = await db.selectFrom('topics').select(['id', 'slug', 'name_pl']).orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, slug: row.slug, namePl: row.name_pl }));
}
