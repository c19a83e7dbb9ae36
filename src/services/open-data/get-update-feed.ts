import { createHash } from 'node:crypto';
import { notFound } from '../../domain/errors.js';
import type { Organisation } from '../../domain/organisation.js';
import type { SpojniaDb } from '../../storage/database.js';
import { findOrganisationBySlug } from '../../storage/repositories/organisation-repository.js';
import {
  findPublishedProjectHeading,
  listPublishedUpdates,
  type PublishedUpdate,
} from '../../storage/repositories/update-feed-repository.js';

/** How many news items a feed carries: the newest ones; readers keep what they have seen. */
export const FEED_ENTRY_LIMIT = 50;

export interface FeedEntry extends PublishedUpdate {
  /**
   * Stays the same for this news item across saves and restarts: news items have no identity
   * of their own (a save rewrites them), so the key is made of what identifies one to a
   * reader — its project, date and Polish title. Editing the body or a translation keeps it.
   */
  readonly key: string;
}

export type FeedSubject =
  | { readonly kind: 'portal' }
  | {
      readonly kind: 'project';
      readonly id: number;
      readonly slug: string;
      readonly title: string;
      readonly titleEn: string | null;
      readonly updatedAt: string;
    }
  | { readonly kind: 'organisation'; readonly organisation: Organisation };

export interface UpdateFeed {
  readonly subject: FeedSubject;
  /** Newest first. */
  readonly entries: readonly FeedEntry[];
}

function withKeys(updates: readonly PublishedUpdate[]): FeedEntry[] {
  const seen = new Map<string, number>();
  return updates.map((item) => {
    const digest = createHash('sha256')
      .update(`${item.projectId}\n${item.update.date}\n${item.update.title.trim()}`)
      .digest('hex')
      .slice(0, 20);
    // Two items of one project with the same date and title: the later-entered gets a suffix.
    const repeat = (seen.get(digest) ?? 0) + 1;
    seen.set(digest, repeat);
    return { ...item, key: repeat === 1 ? digest : `${digest}-${repeat}` };
  });
}

/** The newest news of every published project. */
export async function getPortalUpdateFeed(db: SpojniaDb): Promise<UpdateFeed> {
  return { subject: { kind: 'portal' }, entries: withKeys(await listPublishedUpdates(db, {}, FEED_ENTRY_LIMIT)) };
}

/** The news of one published project; not_found for an unknown slug or a draft. */
export async function getProjectUpdateFeed(db: SpojniaDb, slug: string): Promise<UpdateFeed> {
  const project = await findPublishedProjectHeading(db, slug);
  if (!project) throw notFound(`Project "${slug}"`);
  const updates = await listPublishedUpdates(db, { projectId: project.id }, FEED_ENTRY_LIMIT);
  return { subject: { kind: 'project', ...project }, entries: withKeys(updates) };
}

/** The news of the published projects an organisation carries out or takes part in. */
export async function getOrganisationUpdateFeed(db: SpojniaDb, slug: string): Promise<UpdateFeed> {
  const organisation = await findOrganisationBySlug(db, slug);
  if (!organisation) throw notFound(`Organisation "${slug}"`);
  const updates = await listPublishedUpdates(db, { organisationId: organisation.id }, FEED_ENTRY_LIMIT);
  return { subject: { kind: 'organisation', organisation }, entries: withKeys(updates) };
}
