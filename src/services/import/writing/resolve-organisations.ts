import type { OrganisationInput } from '../../../domain/organisation.js';
import { slugify } from '../../../domain/text.js';
import type { BulkStore } from '../../../storage/bulk/bulk-store.js';
import type { OrganisationReference } from '../incoming.js';

/** How many organisations are kept in memory between chunks; beyond it they are looked up again. */
const REMEMBERED = 20_000;

/**
 * Turns the organisations rows name into organisation ids, a chunk of rows at a time:
 * the same normalised name is the same organisation (kept from the registry, or created
 * once); records from our own export keep their slug when it is free. Ids found are kept
 * for later chunks, up to a bound, so memory stays flat.
 */
export class OrganisationResolver {
  private readonly byNameKey = new Map<string, number>();
  private readonly bySlug = new Map<string, number>();
  /** Ids created by this import, which records keeping their own slug never fall back to. */
  private readonly createdIds = new Set<number>();
  created = 0;

  constructor(private readonly store: BulkStore) {}

  /** Resolves every reference of a chunk; afterwards `idOf` answers for each of them. */
  async resolveAll(references: readonly OrganisationReference[]): Promise<void> {
    if (this.byNameKey.size + this.bySlug.size > REMEMBERED) {
      this.byNameKey.clear();
      this.bySlug.clear();
    }
    const pending = references.filter((reference) => this.known(reference) === undefined);
    if (pending.length === 0) return;
    const slugs = [...new Set(pending.filter((ref) => ref.keepsSlug).map((ref) => ref.record.slug))];
    for (const [slug, id] of await this.store.findOrganisationIdsBySlug(slugs)) this.bySlug.set(slug, id);
    const nameKeys = [...new Set(pending.map((ref) => ref.nameKey))];
    for (const [key, id] of await this.store.findOrganisationIdsByNameKey(nameKeys)) this.byNameKey.set(key, id);

    const toCreate = new Map<string, OrganisationReference>();
    for (const reference of pending) {
      if (this.known(reference) !== undefined) continue;
      const key = reference.keepsSlug ? `slug:${reference.record.slug}` : reference.nameKey;
      if (!toCreate.has(key)) toCreate.set(key, reference);
    }
    if (toCreate.size === 0) return;
    const creating = [...toCreate.values()];
    const inputs = await this.withFreeSlugs(creating.map((reference) => reference.record));
    const ids = await this.store.insertOrganisations(inputs);
    inputs.forEach((input, index) => {
      const id = ids[index] as number;
      const reference = creating[index] as OrganisationReference;
      if (!this.byNameKey.has(reference.nameKey)) this.byNameKey.set(reference.nameKey, id);
      this.bySlug.set(reference.keepsSlug ? reference.record.slug : input.slug, id);
      this.createdIds.add(id);
    });
    this.created += inputs.length;
  }

  /** Organisations this import created; some may serve only rows that were then rejected. */
  createdOrganisationIds(): number[] {
    return [...this.createdIds];
  }

  idOf(reference: OrganisationReference): number {
    const id = this.known(reference);
    if (id === undefined) throw new Error(`Organisation "${reference.record.name}" was not resolved`);
    return id;
  }

  private known(reference: OrganisationReference): number | undefined {
    const byName = this.byNameKey.get(reference.nameKey);
    if (!reference.keepsSlug) return byName;
    const bySlug = this.bySlug.get(reference.record.slug);
    if (bySlug !== undefined) return bySlug;
    return byName !== undefined && !this.createdIds.has(byName) ? byName : undefined;
  }

  private async withFreeSlugs(records: readonly OrganisationInput[]): Promise<OrganisationInput[]> {
    const wanted = records.map((record) => record.slug || slugify(record.name) || 'organizacja');
    const taken = await this.store.findTakenOrganisationSlugs(wanted);
    const inThisChunk = new Set<string>();
    const result: OrganisationInput[] = [];
    for (const [index, record] of records.entries()) {
      const base = wanted[index] as string;
      let slug = base;
      for (let suffix = 2; taken.has(slug) || inThisChunk.has(slug); suffix += 1) {
        slug = `${base.slice(0, 74)}-${suffix}`;
        const isFree = !inThisChunk.has(slug) && (await this.store.findTakenOrganisationSlugs([slug])).size === 0;
        if (!isFree) taken.add(slug);
      }
      inThisChunk.add(slug);
      result.push({ ...record, slug });
    }
    return result;
  }
}
