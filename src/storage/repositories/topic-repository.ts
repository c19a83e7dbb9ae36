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
