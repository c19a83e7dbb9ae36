import type { Topic } from '../../domain/programme.js';
import type { SpojniaDb } from '../database.js';

/** A topic by its slug, or null. */
export async function findTopicBySlug(db: SpojniaDb, slug: string): Promise<Topic | null> {
  const row = await db
    .selectFrom('topics')
    .select(['slug', 'name_pl', 'name_en'])
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row ? { slug: row.slug, namePl: row.name_pl, nameEn: row.name_en } : null;
}
