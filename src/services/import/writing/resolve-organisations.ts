import type { OrganisationInput } from '../../../domain/organisation.js';
import { slugify } from '../../../domain/text.js';
import type { BulkStore } from '../../../storage/bulk/bulk-store.js';
import type { OrganisationReference } from '../incoming.js';

/**
 * Turns the organisations rows name into organisation ids, a chunk of rows at a time:
 * the same normalised name is the same organisation (kept from the registry, or created
 * once); records from our own export keep their slug when it is free. Ids found are
 * remembered for the rest of the import.
 */
export class OrganisationResolver {
  private readonly byNameKey = new Map<string, number>();
  private readonly bySlug = new Map<string, number>();
  private readonly slugsTaken = new Set<string>();
  /** Ids created by this import, which records keeping their own slug never fall back to. */
  private readonly createdIds = new Set<number>();
  /** Created ids that a written project refers to. */
  private readonly usedIds = new Set<number>();
  created = 0;

  constructor(private readonly store: BulkStore) {}

  /** Resolves every reference of a chunk; afterwards `idOf` answers for each of them. */
  async resolveAll(references: readonly OrganisationReference[]): Promise<void> {
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

  /** Marks an organisation as referred to by a project that was written. */
  markUsed(id: number): void {
    if (this.createdIds.has(id)) this.usedIds.add(id);
  }

  /** Organisations this import created that no written project refers to (their rows were rejected). */
  createdButUnused(): number[] {
    return [...this.createdIds].filter((id) => !this.usedIds.has(id));
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
    const result: OrganisationInput[] = [];
    for (const [index, record] of records.entries()) {
      const base = wanted[index] as string;
      let slug = base;
      for (let suffix = 2; taken.has(slug) || this.slugsTaken.has(slug); suffix += 1) {
        slug = `${base.slice(0, 74)}-${suffix}`;
        const isFree = !this.slugsTaken.has(slug) && (await this.store.findTakenOrganisationSlugs([slug])).size === 0;
        if (!isFree) taken.add(slug);
      }
      this.slugsTaken.add(slug);
      result.push({ ...record, slug });
    }
    return result;
  }
}
