import { invalidInput, notFound } from '../../domain/errors.js';
import { problem } from '../../domain/problems.js';
import type { Topic } from '../../domain/programme.js';
import { validateTopic } from '../../domain/validate-taxonomies.js';
import type { SpojniaDb } from '../../storage/database.js';
import {
  findTopicById,
  insertTopic,
  isTopicSlugTaken,
  listTopicsWithIds,
  type TopicWithId,
  updateTopicRow,
} from '../../storage/repositories/topic-repository.js';
import { recordAuditEvent } from '../audit/record-audit-event.js';
import type { Author } from '../auth/create-user.js';

export type { TopicWithId };

async function check(db: SpojniaDb, topic: Topic, exceptId?: number): Promise<void> {
  const problems = validateTopic(topic);
  if (await isTopicSlugTaken(db, topic.slug, exceptId)) {
    problems.push(problem('slug', 'slug_taken', `Another topic uses the slug "${topic.slug}"`));
  }
  if (problems.length > 0) throw invalidInput(problems);
}

export async function createTopic(db: SpojniaDb, topic: Topic, author: Author, now = new Date()): Promise<number> {
  await check(db, topic);
  return db.transaction().execute(async (trx) => {
    const id = await insertTopic(trx, topic);
    await recordAuditEvent(
      trx,
      {
        action: 'topic_created',
        actorId: author.id,
        actorEmail: author.email,
        subjectType: 'topic',
        subjectId: id,
        subjectLabel: topic.namePl,
      },
      now,
    );
    return id;
  });
}

export async function updateTopic(
  db: SpojniaDb,
  id: number,
  topic: Topic,
  author: Author,
  now = new Date(),
): Promise<void> {
  if (!(await findTopicById(db, id))) throw notFound(`Topic ${id}`);
  await check(db, topic, id);
  await db.transaction().execute(async (trx) => {
    await updateTopicRow(trx, id, topic);
    await recordAuditEvent(
      trx,
      {
        action: 'topic_updated',
        actorId: author.id,
        actorEmail: author.email,
        subjectType: 'topic',
        subjectId: id,
        subjectLabel: topic.namePl,
      },
      now,
    );
  });
}

export async function getTopic(db: SpojniaDb, id: number): Promise<TopicWithId> {
  const topic = await findTopicById(db, id);
  if (!topic) throw notFound(`Topic ${id}`);
  return topic;
}

export async function listTopicsForEditors(db: SpojniaDb): Promise<TopicWithId[]> {
  return listTopicsWithIds(db);
}
