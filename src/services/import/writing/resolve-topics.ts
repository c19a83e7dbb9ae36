import type { Topic } from '../../../domain/programme.js';
import { listTopicRows } from '../../../storage/bulk/taxonomy-reads.js';
import type { SpojniaDb } from '../../../storage/database.js';
import { insertTopic } from '../../../storage/repositories/topic-repository.js';

/** Topics by slug, created when an imported record names one the registry lacks. */
export class TopicResolver {
  private readonly bySlug = new Map<string, number>();
  private readonly names = new Map<number, string>();
  created = 0;

  private constructor(private readonly trx: SpojniaDb) {}

  static async load(trx: SpojniaDb): Promise<TopicResolver> {
    const resolver = new TopicResolver(trx);
    for (const topic of await listTopicRows(trx)) resolver.remember(topic.id, topic.slug, topic.namePl);
    return resolver;
  }

  async resolve(topic: Topic): Promise<number> {
    const known = this.bySlug.get(topic.slug);
    if (known !== undefined) return known;
    const id = await insertTopic(this.trx, topic);
    this.remember(id, topic.slug, topic.namePl);
    this.created += 1;
    return id;
  }

  nameOf(id: number): string {
    return this.names.get(id) ?? `#${id}`;
  }

  private remember(id: number, slug: string, name: string) {
    this.bySlug.set(slug, id);
    this.names.set(id, name);
  }
}
