import { slugify } from '../../../domain/text.js';
import { validateProject } from '../../../domain/validate-project.js';
import { afterProjectsWritten } from '../../../storage/bulk/after-projects-written.js';
import {
  type BulkStore,
  identifierKey,
  type NewProject,
  type ProjectIdentifier,
  type ProjectPart,
  type ProjectPatch,
  type StoredProject,
} from '../../../storage/bulk/bulk-store.js';
import type { SpojniaDb } from '../../../storage/database.js';
import type { ImportCounts, ImportListener, ProjectChange } from '../import-report.js';
import type { IncomingProject, ProjectFactPath, RawSource, RejectedRow } from '../incoming.js';
import type { ProgrammeResolver } from '../programmes/resolve-programme.js';
import { describeFact, type ReferenceNames } from './describe-fact.js';
import { type NewProjectContext, newProjectOf, validationInputOf } from './new-project.js';
import { type PlaceMerge, samePlaces, unionOfPlaces } from './place-merges.js';
import { changedPaths, factOf, patchOf, type ResolvedFacts, withFacts } from './project-facts.js';
import type { OrganisationResolver } from './resolve-organisations.js';
import type { TopicResolver } from './resolve-topics.js';

/** A project this import has written or matched, remembered so later rows naming it again are recognised. */
interface SeenProject {
  projectId: number;
  readonly row: number;
  /** 'pending' rows wait for the file's end to learn whether their places changed. */
  outcome: 'created' | 'updated' | 'unchanged' | 'pending';
  places: PlaceMerge | null;
  /** What this import changed, as values (described when reported). */
  changes: RawChange[];
  /** Whether its changes have been reported already. */
  reported: boolean;
}

/** What a report shows of a project besides its changes. */
type ProjectLabel = Pick<StoredProject, 'slug' | 'title' | 'contractNumber'>;

interface RawChange {
  readonly fact: ProjectFactPath;
  readonly before: unknown;
  readonly after: unknown;
}

interface RowPlan {
  readonly incoming: IncomingProject;
  readonly facts: ResolvedFacts;
  readonly identifiers: readonly ProjectIdentifier[];
  /** Slugs a new project of this row may take, in order of preference. */
  slugs: string[];
}

export interface WriterParts {
  readonly trx: SpojniaDb;
  readonly store: BulkStore;
  readonly programmes: ProgrammeResolver;
  readonly organisations: OrganisationResolver;
  readonly topics: TopicResolver;
  readonly context: NewProjectContext;
  readonly counts: ImportCounts;
  readonly listener: ImportListener;
  /** Called for every rejected row, with the reasons and the row as the file had it. */
  readonly reject: (row: RejectedRow, raw: RawSource) => void;
  readonly reportChange: (change: ProjectChange) => void;
}

const TABULAR_PARTS: ReadonlySet<ProjectPart> = new Set(['funds', 'funding', 'places']);
const ALL_PARTS: ReadonlySet<ProjectPart> = new Set([
  'funds',
  'funding',
  'places',
  'partners',
  'topics',
  'phases',
  'updates',
  'indicators',
  'links',
  'relations',
  'groups',
]);

/**
 * Writes what rows say into the registry, a chunk at a time, inside the import's
 * transaction: matches each row to a stored project by contract number, external id,
 * slug or import key; creates, updates (only the facts the file has columns for) or leaves
 * it; reports each change fact by fact; rejects rows that fail validation.
 */
export class ImportWriter {
  private readonly seen = new Map<string, SeenProject>();
  private readonly seenByProject = new Map<number, SeenProject>();
  private readonly pendingPlaces = new Set<SeenProject>();
  private readonly organisationNames = new Map<number, string>();
  private readonly names: ReferenceNames;

  constructor(private readonly parts: WriterParts) {
    this.names = {
      programme: (id) => parts.programmes.nameOf(id),
      organisation: (id) => this.organisationNames.get(id) ?? `#${id}`,
      topic: (id) => parts.topics.nameOf(id),
    };
  }

  async writeChunk(rows: readonly IncomingProject[]): Promise<void> {
    const plans = await this.resolveReferences(rows);
    const lookups = plans.flatMap((plan) => plan.identifiers.filter((id) => !this.seen.has(identifierKey(id))));
    const found = lookups.length > 0 ? await this.parts.store.findProjectIds(lookups) : new Map<string, number>();
    const matchedIds = [...new Set(found.values())].filter((id) => !this.seenByProject.has(id));
    const needsAllParts = plans.some((plan) => !plan.incoming.mergesPlaces);
    const stored = await this.parts.store.readProjects(matchedIds, needsAllParts ? ALL_PARTS : TABULAR_PARTS);

    const creates: { plan: RowPlan; project: NewProject; entry: SeenProject }[] = [];
    const updates: { patch: ProjectPatch; entry: SeenProject; label: ProjectLabel }[] = [];
    const repeats: { plan: RowPlan; entry: SeenProject }[] = [];
    const slugsTaken = await this.takenSlugs(plans, found);

    for (const plan of plans) {
      const earlier = this.earlierProjects(plan, found);
      if (earlier === 'conflict') continue;
      if (earlier.seen) {
        repeats.push({ plan, entry: earlier.seen });
        continue;
      }
      const project = earlier.storedId === null ? null : (stored.get(earlier.storedId) ?? null);
      if (project === null) {
        const created = await this.planCreate(plan, slugsTaken);
        if (created) creates.push(created);
      } else {
        const update = this.planUpdate(plan, project);
        if (update) updates.push(update);
      }
    }

    const createdIds = await this.parts.store.insertProjects(creates.map((create) => create.project));
    creates.forEach((create, index) => {
      create.entry.projectId = createdIds[index] as number;
      this.seenByProject.set(create.entry.projectId, create.entry);
    });
    await this.parts.store.updateProjects(updates.map((update) => update.patch));
    for (const { entry, label } of updates) {
      if (!this.pendingPlaces.has(entry)) await this.report(entry, label, []);
    }
    const again = await this.mergeRepeats(repeats);
    await afterProjectsWritten(this.parts.trx, [...createdIds, ...updates.map((update) => update.patch.id)]);
    if (again.length > 0) await this.writeChunk(again);
  }

  /** Settles the places of projects several rows named, once the whole file is read. */
  async finish(): Promise<void> {
    const patches: ProjectPatch[] = [];
    const ids = [...this.pendingPlaces].filter((entry) => entry.outcome !== 'created').map((entry) => entry.projectId);
    const labels = await this.parts.store.readProjects(ids, new Set());
    for (const entry of this.pendingPlaces) {
      const merge = entry.places as PlaceMerge;
      const placesChanged = !samePlaces(merge.base, merge.union);
      if (placesChanged) {
        patches.push({ id: entry.projectId, changes: { places: merge.union }, updatedAt: this.parts.context.now });
      }
      if (entry.outcome === 'created') continue;
      if (entry.outcome === 'pending') this.parts.counts[placesChanged ? 'updated' : 'unchanged'] += 1;
      if (entry.outcome === 'unchanged' && placesChanged) {
        this.parts.counts.unchanged -= 1;
        this.parts.counts.updated += 1;
      }
      const placeChange = placesChanged ? [{ fact: 'places' as const, before: merge.base, after: merge.union }] : [];
      const label = labels.get(entry.projectId) as ProjectLabel;
      if (entry.reported) await this.report(entry, label, placeChange, false);
      else if (entry.changes.length > 0 || placesChanged) await this.report(entry, label, placeChange);
    }
    await this.parts.store.updateProjects(patches);
    await afterProjectsWritten(
      this.parts.trx,
      patches.map((patch) => patch.id),
    );
  }

  /** Reports a project's changes (with `extra` ones), naming references by name. */
  private async report(entry: SeenProject, label: ProjectLabel, extra: RawChange[], withEarlier = true) {
    const changes = [...(withEarlier ? entry.changes : []), ...extra];
    if (changes.length === 0) return;
    const organisationIds = changes.flatMap((change) =>
      change.fact === 'beneficiary'
        ? [change.before, change.after]
        : change.fact === 'partners'
          ? [change.before, change.after].flatMap((partners) =>
              ((partners ?? []) as { organisationId: number }[]).map((partner) => partner.organisationId),
            )
          : [],
    );
    const unknown = organisationIds.filter(
      (id): id is number => typeof id === 'number' && !this.organisationNames.has(id),
    );
    if (unknown.length > 0) {
      for (const [id, name] of await this.parts.store.findOrganisationNames(unknown))
        this.organisationNames.set(id, name);
    }
    entry.reported = true;
    entry.changes = [];
    this.parts.reportChange({
      row: entry.row,
      slug: label.slug,
      title: label.title,
      contractNumber: label.contractNumber,
      changes: changes.map((change) => ({
        fact: change.fact,
        before: describeFact(change.fact, change.before, this.names),
        after: describeFact(change.fact, change.after, this.names),
      })),
    });
  }

  private async resolveReferences(rows: readonly IncomingProject[]): Promise<RowPlan[]> {
    await this.parts.organisations.resolveAll(
      rows.flatMap((row) => [
        ...(row.beneficiary ? [row.beneficiary] : []),
        ...(row.partners ?? []).map((partner) => partner.organisation),
      ]),
    );
    const plans: RowPlan[] = [];
    for (const incoming of rows) {
      const facts = incoming.facts;
      if (incoming.programme !== undefined) {
        const resolution =
          incoming.programme === null ? { id: null } : await this.parts.programmes.resolve(incoming.programme);
        if ('problem' in resolution) {
          this.parts.reject({ row: incoming.row, reasons: [resolution.problem] }, incoming.raw);
          continue;
        }
        facts.set('programme', resolution.id);
      }
      if (incoming.beneficiary !== undefined) {
        facts.set('beneficiary', incoming.beneficiary ? this.parts.organisations.idOf(incoming.beneficiary) : null);
      }
      if (incoming.partners) {
        facts.set(
          'partners',
          incoming.partners.map((partner) => ({
            organisationId: this.parts.organisations.idOf(partner.organisation),
            role: partner.role,
            note: partner.note,
          })),
        );
      }
      if (incoming.topics) {
        const ids: number[] = [];
        for (const topic of incoming.topics) ids.push(await this.parts.topics.resolve(topic));
        facts.set(
          'topics',
          [...new Set(ids)].sort((a, b) => a - b),
        );
      }
      plans.push({ incoming, facts, identifiers: identifiersOf(incoming, facts), slugs: [] });
    }
    return plans;
  }

  /**
   * Whether an earlier row of this import named the same project (a repeat), the stored
   * project the row's identifiers point to, or neither. Identifiers pointing to two
   * different projects reject the row.
   */
  private earlierProjects(
    plan: RowPlan,
    found: ReadonlyMap<string, number>,
  ): { seen: SeenProject | null; storedId: number | null } | 'conflict' {
    const seen = new Set<SeenProject>();
    const stored = new Set<number>();
    for (const identifier of plan.identifiers) {
      const key = identifierKey(identifier);
      const entry = this.seen.get(key);
      if (entry) seen.add(entry);
      const id = found.get(key);
      if (id === undefined) continue;
      const touched = this.seenByProject.get(id);
      if (touched) seen.add(touched);
      else stored.add(id);
    }
    if (seen.size + stored.size > 1) {
      this.parts.reject(
        {
          row: plan.incoming.row,
          reasons: [
            `its identifiers (${describeIdentifiers(plan.identifiers)}) name ${seen.size + stored.size} different projects`,
          ],
        },
        plan.incoming.raw,
      );
      return 'conflict';
    }
    return { seen: [...seen][0] ?? null, storedId: [...stored][0] ?? null };
  }

  private async planCreate(
    plan: RowPlan,
    slugsTaken: Set<string>,
  ): Promise<{ plan: RowPlan; project: NewProject; entry: SeenProject } | null> {
    const draft = newProjectOf(plan.incoming, plan.facts, this.parts.context);
    if (plan.slugs.length === 0) plan.slugs = slugCandidates(draft.title, draft.contractNumber);
    const slug = plan.facts.has('slug') ? draft.slug : await this.freeSlug(plan.slugs, slugsTaken);
    const project = { ...draft, slug };
    const { errors } = validateProject(validationInputOf(project));
    if (errors.length > 0) {
      this.parts.reject(
        { row: plan.incoming.row, reasons: errors.map((error) => `${error.path}: ${error.message}`) },
        plan.incoming.raw,
      );
      return null;
    }
    slugsTaken.add(slug);
    this.markReferencesUsed(project);
    const entry = this.remember(plan, { projectId: 0, outcome: 'created', places: null });
    this.parts.counts.created += 1;
    return { plan, project, entry };
  }

  /** The first free slug: the title's, then with the contract number, then numbered. */
  private async freeSlug(candidates: readonly string[], taken: Set<string>): Promise<string> {
    for (const candidate of candidates) {
      if (!taken.has(candidate)) return candidate;
    }
    const base = candidates[0] as string;
    for (let suffix = 2; ; suffix += 1) {
      const candidate = `${base}-${suffix}`;
      if (taken.has(candidate)) continue;
      if ((await this.parts.store.findTakenProjectSlugs([candidate])).size === 0) return candidate;
      taken.add(candidate);
    }
  }

  private planUpdate(
    plan: RowPlan,
    stored: StoredProject,
  ): { patch: ProjectPatch; entry: SeenProject; label: ProjectLabel } | null {
    const { incoming } = plan;
    const facts = new Map(plan.facts);
    let places: PlaceMerge | null = null;
    if (incoming.mergesPlaces && facts.has('places')) {
      const rowPlaces = facts.get('places') as StoredProject['places'];
      facts.delete('places');
      if (!samePlaces(stored.places, rowPlaces)) places = { base: stored.places, union: [...rowPlaces] };
    }
    const merged = withFacts(stored, facts);
    const paths = changedPaths(stored, facts);
    if (paths.length > 0) {
      const { errors } = validateProject(validationInputOf(merged));
      if (errors.length > 0) {
        this.parts.reject(
          { row: incoming.row, reasons: errors.map((error) => `${error.path}: ${error.message}`) },
          incoming.raw,
        );
        return null;
      }
    }
    const changes = paths.map((fact) => ({ fact, before: factOf(stored, fact), after: factOf(merged, fact) }));
    const outcome = paths.length > 0 ? 'updated' : places ? 'pending' : 'unchanged';
    if (paths.length > 0) this.markReferencesUsed(merged);
    const entry = this.remember(plan, { projectId: stored.id, outcome, places, changes });
    if (outcome === 'updated') this.parts.counts.updated += 1;
    if (outcome === 'unchanged') this.parts.counts.unchanged += 1;
    if (places) this.pendingPlaces.add(entry);
    if (paths.length === 0) return null;
    // Facts an import changes come from this file and row from now on.
    const provenance = facts.has('provenance')
      ? {}
      : { provenance: { source: 'import' as const, file: this.parts.context.fileName, row: incoming.row } };
    const patch = {
      id: stored.id,
      changes: { ...patchOf(merged, paths), ...provenance },
      updatedAt: this.parts.context.now,
    };
    return { patch, entry, label: stored };
  }

  /**
   * A row naming a project an earlier row of the file named: with the same facts it adds
   * its places (lists repeat a project once per place). With other facts, a row known only
   * by its title, beneficiary and dates is another project of the same name — the next
   * one (returned, to be written again under the next key); any other row is rejected,
   * naming the facts that differ.
   */
  private async mergeRepeats(repeats: readonly { plan: RowPlan; entry: SeenProject }[]): Promise<IncomingProject[]> {
    const again: IncomingProject[] = [];
    if (repeats.length === 0) return again;
    const ids = [...new Set(repeats.map((repeat) => repeat.entry.projectId))];
    const parts = repeats.every((repeat) => repeat.plan.incoming.mergesPlaces) ? TABULAR_PARTS : ALL_PARTS;
    const current = await this.parts.store.readProjects(ids, parts);
    for (const { plan, entry } of repeats) {
      const stored = current.get(entry.projectId) as StoredProject;
      const facts = new Map(plan.facts);
      const rowPlaces = (facts.get('places') ?? []) as StoredProject['places'];
      if (plan.incoming.mergesPlaces) facts.delete('places');
      const differing = changedPaths(stored, facts).filter((path) => path !== 'provenance');
      const importKey = plan.incoming.importKey;
      if (differing.length > 0 && importKey !== null && plan.identifiers.every((id) => id.kind === 'importKey')) {
        again.push({ ...plan.incoming, importKey: nextKey(importKey) });
        continue;
      }
      if (differing.length > 0) {
        this.parts.reject(
          {
            row: plan.incoming.row,
            reasons: [`repeats the project of row ${entry.row} with other facts: ${differing.join(', ')}`],
          },
          plan.incoming.raw,
        );
        continue;
      }
      this.parts.counts.merged += 1;
      if (!plan.incoming.mergesPlaces) continue;
      const places = entry.places ?? {
        base: entry.outcome === 'created' ? null : stored.places,
        union: [...stored.places],
      };
      places.union = unionOfPlaces(places.union, rowPlaces);
      entry.places = places;
      if (entry.outcome === 'created' || !samePlaces(places.base, places.union) || this.pendingPlaces.has(entry)) {
        this.pendingPlaces.add(entry);
      }
    }
    return again;
  }

  private markReferencesUsed(project: Pick<StoredProject, 'beneficiaryId' | 'partners'>) {
    if (project.beneficiaryId !== null) this.parts.organisations.markUsed(project.beneficiaryId);
    for (const partner of project.partners) this.parts.organisations.markUsed(partner.organisationId);
  }

  private remember(
    plan: RowPlan,
    found: {
      projectId: number;
      outcome: SeenProject['outcome'];
      places: PlaceMerge | null;
      changes?: RawChange[];
    },
  ): SeenProject {
    const entry: SeenProject = {
      projectId: found.projectId,
      row: plan.incoming.row,
      outcome: found.outcome,
      places: found.places,
      changes: found.changes ?? [],
      reported: false,
    };
    for (const identifier of plan.identifiers) this.seen.set(identifierKey(identifier), entry);
    if (found.projectId !== 0) this.seenByProject.set(found.projectId, entry);
    return entry;
  }

  /** Slugs new projects of this chunk would take, and which of them are used already. */
  private async takenSlugs(plans: readonly RowPlan[], found: ReadonlyMap<string, number>): Promise<Set<string>> {
    const candidates: string[] = [];
    for (const plan of plans) {
      if (plan.facts.has('slug') || plan.identifiers.some((identifier) => found.has(identifierKey(identifier))))
        continue;
      plan.slugs = slugCandidates(String(plan.facts.get('title') ?? ''), plan.facts.get('contractNumber'));
      candidates.push(...plan.slugs);
    }
    return this.parts.store.findTakenProjectSlugs([...new Set(candidates)]);
  }
}

/** The identifiers a row can be matched by: slug, contract number, external ids, or its import key. */
function identifiersOf(incoming: IncomingProject, facts: ResolvedFacts): ProjectIdentifier[] {
  const identifiers: ProjectIdentifier[] = [];
  const add = (kind: ProjectIdentifier['kind'], path: ProjectFactPath) => {
    const value = facts.get(path);
    if (typeof value === 'string' && value.trim() !== '') identifiers.push({ kind, value });
  };
  add('slug', 'slug');
  add('contractNumber', 'contractNumber');
  add('kohesioId', 'externalIds.kohesio');
  add('keepEuId', 'externalIds.keepEu');
  add('officialListId', 'externalIds.officialList');
  if (identifiers.length === 0 && incoming.importKey)
    identifiers.push({ kind: 'importKey', value: incoming.importKey });
  return identifiers;
}

/** The key of the next project of the same title, beneficiary and dates: `…#2`, `…#3`. */
function nextKey(key: string): string {
  const match = /^(.*)#(\d+)$/.exec(key);
  return match ? `${match[1]}#${Number(match[2]) + 1}` : `${key}#2`;
}

function describeIdentifiers(identifiers: readonly ProjectIdentifier[]): string {
  return identifiers.map((identifier) => `${identifier.kind} ${identifier.value}`).join(', ');
}

const SLUG_LENGTH = 70;

/** A slug from the title; when taken, the contract number tells projects of one title apart. */
function slugCandidates(title: string, contractNumber: unknown): string[] {
  const base = slugify(title, SLUG_LENGTH) || 'projekt';
  const contract = typeof contractNumber === 'string' ? slugify(contractNumber, 40) : '';
  return contract ? [base, `${base}-${contract}`] : [base];
}
