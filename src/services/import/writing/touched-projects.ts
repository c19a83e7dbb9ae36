import type { BulkStore } from '../../../storage/bulk/bulk-store.js';
import type { ProjectFactPath } from '../incoming.js';
import type { PlaceMerge } from './place-merges.js';

/** 'pending': the project's places wait for the file's end, when rows repeating it are all read. */
export type Outcome = 'created' | 'updated' | 'unchanged' | 'pending';

/** A change of one fact, as values (described when reported). */
export interface RawChange {
  readonly fact: ProjectFactPath;
  readonly before: unknown;
  readonly after: unknown;
}

/** A project this import has written or matched. */
export interface TouchedProject {
  projectId: number;
  /** The row that named it first. */
  readonly row: number;
  outcome: Outcome;
  places: PlaceMerge | null;
  /** Changes not yet reported. */
  changes: RawChange[];
  reported: boolean;
}

/**
 * The projects an import has touched, so a later row naming one again is recognised.
 * Only those still waiting for the file's end are kept in memory; the store remembers the
 * rest (in SQLite, a temporary table), so memory stays flat however long the file is.
 */
export class TouchedProjects {
  private readonly waitingById = new Map<number, TouchedProject>();

  constructor(private readonly store: BulkStore) {}

  async find(projectIds: readonly number[]): Promise<Map<number, TouchedProject>> {
    const found = new Map<number, TouchedProject>();
    const asked: number[] = [];
    for (const id of projectIds) {
      const waiting = this.waitingById.get(id);
      if (waiting) found.set(id, waiting);
      else asked.push(id);
    }
    if (asked.length === 0) return found;
    for (const [id, record] of await this.store.findTouched(asked)) {
      const outcome = record.outcome as Outcome;
      found.set(id, {
        projectId: id,
        row: record.row,
        outcome,
        places: null,
        changes: [],
        reported: outcome === 'updated',
      });
    }
    return found;
  }

  async remember(projects: readonly TouchedProject[]): Promise<void> {
    if (projects.length === 0) return;
    await this.store.rememberTouched(
      projects.map((project) => ({ projectId: project.projectId, row: project.row, outcome: project.outcome })),
    );
  }

  /** Keeps a project in memory until `finish`, because its places are still being gathered. */
  wait(project: TouchedProject): void {
    this.waitingById.set(project.projectId, project);
  }

  isWaiting(project: TouchedProject): boolean {
    return this.waitingById.get(project.projectId) === project;
  }

  waiting(): TouchedProject[] {
    return [...this.waitingById.values()];
  }
}
