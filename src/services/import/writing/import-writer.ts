import { slugify } from '../../../domain/text.js';
import { validateProject } from '../../../domain/validate-project.js';
import { afterProjectsWritten } from '../../../storage/bulk/after-projects-written.js';
import {
  type BulkStore,
  type NewProject,
  PROJECT_PARTS,
  type ProjectPart,
  type ProjectPatch,
  type StoredProject,
} from '../../../storage/bulk/bulk-store.js';
import type { SpojniaDb } from '../../../storage/database.js';
import type { ImportCounts, ProjectChange } from '../import-report.js';
import type { IncomingProject, RawSource, RejectedRow } from '../incoming.js';
import type { ProgrammeResolver } from '../programmes/resolve-programme.js';
import { rowProblem, validationProblem } from '../row-problem.js';
import { ChangeReporter, type ProjectLabel } from './change-reporter.js';
import { type NewProjectContext, newProjectOf, validationInputOf } from './new-project.js';
import { type PlaceMerge, samePlaces, unionOfPlaces } from './place-merges.js';
import { changedPaths, factOf, patchOf, withFacts } from './project-facts.js';
import type { OrganisationResolver } from './resolve-organisations.js';
import type { TopicResolver } from './resolve-topics.js';
import { describeIdentifiers, nextKey, planRows, type RowPlan } from './row-plans.js';
import { type Outcome, type TouchedProject, TouchedProjects } from './touched-projects.js';

export interface WriterParts {
  readonly trx: SpojniaDb;
  readonly store: BulkStore;
  readonly programmes: ProgrammeResolver;
  readonly organisations: OrganisationResolver;
  readonly topics: TopicResolver;
  readonly context: NewProjectContext;
  readonly counts: ImportCounts;
  /** Called for every rejected row, with the reasons and the row as the file had it (if at hand). */
  readonly reject: (row: RejectedRow, raw: RawSource | undefined) => void;
  readonly reportChange: (change: ProjectChange) => void;
}

const TABULAR_PARTS: ReadonlySet<ProjectPart> = new Set(['funds', 'funding', 'places']);
const ALL_PARTS: ReadonlySet<ProjectPart> = new Set(PROJECT_PARTS);

/** What happens to the rows of one chunk, decided before anything is written. */
interface ChunkPlan {
  readonly creates: { project: NewProject; touched: TouchedProject }[];
  readonly updates: { patch: ProjectPatch; touched: TouchedProject; label: ProjectLabel }[];
  readonly repeats: { plan: RowPlan; touched: TouchedProject }[];
  /** Projects of this chunk by identifier key and by id, for rows repeating them within it. */
  readonly byKey: Map<string, TouchedProject>;
  readonly byId: Map<number, TouchedProject>;
  readonly remembered: TouchedProject[];
}

/**
 * Writes what rows say into the registry, a chunk at a time, inside the import's
 * transaction: matches each row to a stored project by contract number, external id,
 * slug or import key; creates, updates (only the facts the file has columns for) or leaves
 * it; reports each change fact by fact; rejects rows that fail validation.
 */
export class ImportWriter {
  private readonly touched: TouchedProjects;
  private readonly reporter: ChangeReporter;

  constructor(private readonly parts: WriterParts) {
    this.touched = new TouchedProjects(parts.store);
    this.reporter = new ChangeReporter(parts.store, parts.programmes, parts.topics, parts.reportChange);
  }

  async writeChunk(rows: readonly IncomingProject[]): Promise<void> {
    const { store } = this.parts;
    const plans = await planRows(rows, this.parts);
    const found = await store.findProjectIds(plans.flatMap((plan) => plan.identifiers));
    const foundIds = [...new Set(found.values())];
    const touched = await this.touched.find(foundIds);
    const storedIds = foundIds.filter((id) => !touched.has(id));
    const parts = plans.every((plan) => plan.incoming.mergesPlaces) ? TABULAR_PARTS : ALL_PARTS;
    const stored = await store.readProjects(storedIds, parts);
    const slugsTaken = await this.takenSlugs(plans, found);

    const chunk: ChunkPlan = {
      creates: [],
      updates: [],
      repeats: [],
      byKey: new Map(),
      byId: new Map(),
      remembered: [],
    };
    for (const plan of plans) {
      const earlier = this.earlierProject(plan, found, touched, chunk);
      if (earlier === 'conflict') continue;
      if ('touched' in earlier) chunk.repeats.push({ plan, touched: earlier.touched });
      else if (earlier.storedId === null) await this.planCreate(plan, slugsTaken, chunk);
      else this.planUpdate(plan, stored.get(earlier.storedId) as StoredProject, chunk);
    }

    const createdIds = await store.insertProjects(chunk.creates.map((create) => create.project));
    chunk.creates.forEach((create, index) => {
      create.touched.projectId = createdIds[index] as number;
    });
    await store.updateProjects(chunk.updates.map((update) => update.patch));
    await this.touched.remember(chunk.remembered);
    for (const { touched: project, label } of chunk.updates) {
      if (!this.touched.isWaiting(project)) await this.reporter.report(project, label);
    }
    const again = await this.mergeRepeats(chunk.repeats);
    await afterProjectsWritten(store, [...createdIds, ...chunk.updates.map((update) => update.patch.id)]);
    if (again.length > 0) await this.writeChunk(again);
  }

  /** Settles the places of projects several rows named, once the whole file is read. */
  async finish(): Promise<void> {
    const { counts, context, store } = this.parts;
    const waiting = this.touched.waiting();
    const labels = await store.readProjects(
      waiting.filter((project) => project.outcome !== 'created').map((project) => project.projectId),
      new Set(),
    );
    const patches: ProjectPatch[] = [];
    for (const project of waiting) {
      const merge = project.places as PlaceMerge;
      const placesChanged = !samePlaces(merge.base, merge.union);
      if (placesChanged)
        patches.push({ id: project.projectId, changes: { places: merge.union }, updatedAt: context.now });
      if (project.outcome === 'created') continue;
      if (project.outcome === 'pending') counts[placesChanged ? 'updated' : 'unchanged'] += 1;
      if (project.outcome === 'unchanged' && placesChanged) {
        counts.unchanged -= 1;
        counts.updated += 1;
      }
      const placeChange = placesChanged ? [{ fact: 'places' as const, before: merge.base, after: merge.union }] : [];
      await this.reporter.report(project, labels.get(project.projectId) as ProjectLabel, placeChange);
    }
    await store.updateProjects(patches);
    await afterProjectsWritten(
      store,
      patches.map((patch) => patch.id),
    );
  }

  /**
   * The project the row's identifiers point to: one an earlier row of this import touched
   * (the row repeats it), a stored one, or none. Identifiers naming two different projects
   * reject the row.
   */
  private earlierProject(
    plan: RowPlan,
    found: ReadonlyMap<string, number>,
    touched: ReadonlyMap<number, TouchedProject>,
    chunk: ChunkPlan,
  ): { touched: TouchedProject } | { storedId: number | null } | 'conflict' {
    const earlier = new Set<TouchedProject>();
    const stored = new Set<number>();
    for (const key of plan.keys) {
      const inChunk = chunk.byKey.get(key);
      if (inChunk) earlier.add(inChunk);
      const id = found.get(key);
      if (id === undefined) continue;
      const seen = chunk.byId.get(id) ?? touched.get(id);
      if (seen) earlier.add(seen);
      else stored.add(id);
    }
    if (earlier.size + stored.size > 1) {
      const problem = rowProblem('identifiers_conflict', {
        identifiers: describeIdentifiers(plan.identifiers),
        count: String(earlier.size + stored.size),
      });
      this.parts.reject({ row: plan.incoming.row, problems: [problem] }, plan.incoming.raw);
      return 'conflict';
    }
    const [first] = earlier;
    return first ? { touched: first } : { storedId: [...stored][0] ?? null };
  }

  private async planCreate(plan: RowPlan, slugsTaken: Set<string>, chunk: ChunkPlan) {
    const contractNumber = (plan.facts.get('contractNumber') as string | null | undefined) ?? null;
    const slug = plan.facts.has('slug') ? plan.slug : await this.freeSlug(plan.slug, contractNumber, slugsTaken);
    const project = newProjectOf(plan.incoming, plan.facts, this.parts.context, slug);
    // Partners and topics are ids here; a row the reader validated as new needs no second check.
    if (!plan.validAsNew && !this.isValid(plan, project)) return;
    slugsTaken.add(slug);
    const touched = this.remember(plan, 0, 'created', null, chunk);
    this.parts.counts.created += 1;
    chunk.creates.push({ project, touched });
  }

  private planUpdate(plan: RowPlan, stored: StoredProject, chunk: ChunkPlan) {
    const { incoming } = plan;
    const facts = new Map(plan.facts);
    let places: PlaceMerge | null = null;
    if (incoming.mergesPlaces && facts.has('places')) {
      // Lists repeat a project once per place: its places are settled when the file ends.
      const rowPlaces = facts.get('places') as StoredProject['places'];
      facts.delete('places');
      if (!samePlaces(stored.places, rowPlaces)) places = { base: stored.places, union: [...rowPlaces] };
    }
    const merged = withFacts(stored, facts);
    const paths = changedPaths(stored, facts);
    if (paths.length > 0 && !this.isValid(plan, merged)) return;
    const outcome: Outcome = paths.length > 0 ? 'updated' : places ? 'pending' : 'unchanged';
    const touched = this.remember(plan, stored.id, outcome, places, chunk);
    touched.changes = paths.map((fact) => ({ fact, before: factOf(stored, fact), after: factOf(merged, fact) }));
    if (outcome === 'updated') this.parts.counts.updated += 1;
    if (outcome === 'unchanged') this.parts.counts.unchanged += 1;
    if (places) this.touched.wait(touched);
    if (paths.length === 0) return;
    // Facts an import changes come from this file and row from now on.
    const provenance = facts.has('provenance')
      ? {}
      : { provenance: { source: 'import' as const, file: this.parts.context.fileName, row: incoming.row } };
    const patch = {
      id: stored.id,
      changes: { ...patchOf(merged, paths), ...provenance },
      updatedAt: this.parts.context.now,
    };
    chunk.updates.push({ patch, touched, label: stored });
  }

  private isValid(plan: RowPlan, project: Parameters<typeof validationInputOf>[0]): boolean {
    const { errors } = validateProject(validationInputOf(project));
    if (errors.length === 0) return true;
    this.parts.reject({ row: plan.incoming.row, problems: errors.map(validationProblem) }, plan.incoming.raw);
    return false;
  }

  /**
   * A row naming a project an earlier row of the file named: with the same facts it adds
   * its places (lists repeat a project once per place). With other facts, a row known only
   * by its title, beneficiary and dates is another project of the same name — the next
   * one (returned, to be written again under the next key); any other row is rejected,
   * naming the facts that differ.
   */
  private async mergeRepeats(repeats: ChunkPlan['repeats']): Promise<IncomingProject[]> {
    const again: IncomingProject[] = [];
    if (repeats.length === 0) return again;
    const ids = [...new Set(repeats.map((repeat) => repeat.touched.projectId))];
    const parts = repeats.every((repeat) => repeat.plan.incoming.mergesPlaces) ? TABULAR_PARTS : ALL_PARTS;
    const current = await this.parts.store.readProjects(ids, parts);
    for (const { plan, touched } of repeats) {
      const stored = current.get(touched.projectId) as StoredProject;
      const facts = new Map(plan.facts);
      const rowPlaces = (facts.get('places') ?? []) as StoredProject['places'];
      if (plan.incoming.mergesPlaces) facts.delete('places');
      const differing = changedPaths(stored, facts).filter((path) => path !== 'provenance');
      const importKey = plan.incoming.importKey;
      if (differing.length > 0 && importKey !== null && plan.identifiers.every((id) => id.kind === 'importKey')) {
        again.push({ ...plan.incoming, importKey: nextKey(importKey), prepared: undefined });
        continue;
      }
      if (differing.length > 0) {
        const problem = rowProblem('repeat_differs', { row: String(touched.row), facts: differing.join(', ') });
        this.parts.reject({ row: plan.incoming.row, problems: [problem] }, plan.incoming.raw);
        continue;
      }
      this.parts.counts.merged += 1;
      if (!plan.incoming.mergesPlaces) continue;
      const places = touched.places ?? {
        base: touched.outcome === 'created' ? null : stored.places,
        union: [...stored.places],
      };
      places.union = unionOfPlaces(places.union, rowPlaces);
      touched.places = places;
      if (touched.outcome === 'created' || !samePlaces(places.base, places.union) || this.touched.isWaiting(touched)) {
        this.touched.wait(touched);
      }
    }
    return again;
  }

  private remember(
    plan: RowPlan,
    projectId: number,
    outcome: Outcome,
    places: PlaceMerge | null,
    chunk: ChunkPlan,
  ): TouchedProject {
    const touched: TouchedProject = {
      projectId,
      row: plan.incoming.row,
      outcome,
      places,
      changes: [],
      reported: false,
    };
    for (const key of plan.keys) chunk.byKey.set(key, touched);
    if (projectId !== 0) chunk.byId.set(projectId, touched);
    chunk.remembered.push(touched);
    return touched;
  }

  /** Which of the slugs new projects of this chunk would take are used already. */
  private async takenSlugs(plans: readonly RowPlan[], found: ReadonlyMap<string, number>): Promise<Set<string>> {
    const candidates: string[] = [];
    for (const plan of plans) {
      if (plan.facts.has('slug') || plan.keys.some((key) => found.has(key))) continue;
      candidates.push(plan.slug);
    }
    return this.parts.store.findTakenProjectSlugs([...new Set(candidates)]);
  }

  /** The first free slug: the title's, then with the contract number, then numbered. */
  private async freeSlug(base: string, contractNumber: string | null, taken: Set<string>): Promise<string> {
    const isFree = async (slug: string) =>
      !taken.has(slug) && (await this.parts.store.findTakenProjectSlugs([slug])).size === 0;
    if (!taken.has(base)) return base;
    const contract = contractNumber ? slugify(contractNumber, 40) : '';
    if (contract && (await isFree(`${base}-${contract}`))) return `${base}-${contract}`;
    for (let suffix = 2; ; suffix += 1) {
      if (await isFree(`${base}-${suffix}`)) return `${base}-${suffix}`;
    }
  }
}
