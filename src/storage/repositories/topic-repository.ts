import type { Topic } from '../../domain/programme.js';
import type { SpojniaDb } from '../database.js';

export async function insertTopic(db: SpojniaDb, topic: Topic): Promise<number> {
  const row = await db
    .insertInto('topics')
    .values({ slug: topic.slug, name_pl: topic.namePl, name_en: topic.nameEn })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

export async function listTopics(db: SpojniaDb): Promise<Topic[]> {
  const rows = await db.selectFrom('topics').select(['slug', 'name_pl', 'name_en']).orderBy('name_pl').execute();
  return rows.map((row) => ({ slug: row.slug, namePl: row.name_pl, nameEn: row.name_en }));
}

export async function findTopicIdsBySlugs(db: SpojniaDb, slugs: readonly string[]): Promise<Map<string, number>> {
  if (slugs.length === 0) return new Map();
  const rows = await db.selectFrom('topics').select(['id', 'slug']).where('slug', 'in', slugs).execute();
  return new Map(rows.map((row) => [row.slug, row.id]));
}

export interface TopicWithId extends Topic {
  readonly id: number;
}

export async function listTopicsWithIds(db: SpojniaDb): Promise<TopicWithId[]> {
  const rows = await db.selectFrom('topics').selectAll().orderBy('name_pl').execute();
  return rows.map((row) => ({ id: row.id, slug: row.slug, namePl: row.name_pl, nameEn: row.name_en }));
}

export async function findTopicById(db: SpojniaDb, id: number): Promise<TopicWithId | null> {
  const row = await db.selectFrom('topics').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? { id: row.id, slug: row.slug, namePl: row.name_pl, nameEn: row.name_en } : null;
}

export async function updateTopicRow(db: SpojniaDb, id: number, topic: Topic): Promise<void> {
  await db
    .updateTable('topics')
    .set({ slug: topic.slug, name_pl: topic.namePl, name_en: topic.nameEn })
    .where('id', '=', id)
    .execute();
}

export async function isTopicSlugTaken(db: SpojniaDb, slug: string, exceptId?: number): Promise<boolean> {
  let query = db.selectFrom('topics').select('id').where('slug', '=', slug);
  if (exceptId !== undefined) query = query.where('id', '!=', exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}
