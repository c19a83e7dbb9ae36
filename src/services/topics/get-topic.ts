import { notFound } from '../../domain/errors.js';
import type { Topic } from '../../domain/programme.js';
import type { SpojniaDb } from '../../storage/database.js';
import {
  listProjectSummaries,
  type PageRequest,
  type ProjectPage,
  type ProjectTotals,
  sumProjects,
} from '../../storage/repositories/project-list.js';
import { findTopicBySlug } from '../../storage/repositories/topic-reader.js';

export interface TopicProfile {
  readonly topic: Topic;
  readonly projects: ProjectPage;
  readonly totals: ProjectTotals;
}

/** A topic with a page of its published projects and their totals. */
export async function getTopicProfile(
  db: SpojniaDb,
  slug: string,
  page: PageRequest = { page: 1, pageSize: 20 },
): Promise<TopicProfile> {
  const topic = await findTopicBySlug(db, slug);
  if (!topic) throw notFound(`Topic "${slug}"`);
  const [projects, totals] = await Promise.all([
    listProjectSummaries(db, { topicSlug: slug }, page),
    sumProjects(db, { topicSlug: slug }),
  ]);
  return { topic, projects, totals };
}
