import type { BulkStore, StoredProject } from '../../../storage/bulk/bulk-store.js';
import type { ProjectChange } from '../import-report.js';
import type { ProgrammeResolver } from '../programmes/resolve-programme.js';
import { describeFact, type ReferenceNames } from './describe-fact.js';
import type { TopicResolver } from './resolve-topics.js';
import type { RawChange, TouchedProject } from './touched-projects.js';

/** What a report shows of a project besides its changes. */
export type ProjectLabel = Pick<StoredProject, 'slug' | 'title' | 'contractNumber'>;

/** Turns the changes of a project into a report entry a person reads: references by name, amounts exact. */
export class ChangeReporter {
  private readonly organisationNames = new Map<number, string>();
  private readonly names: ReferenceNames;

  constructor(
    private readonly store: BulkStore,
    programmes: ProgrammeResolver,
    topics: TopicResolver,
    private readonly emit: (change: ProjectChange) => void,
  ) {
    this.names = {
      programme: (id) => programmes.nameOf(id),
      organisation: (id) => this.organisationNames.get(id) ?? `#${id}`,
      topic: (id) => topics.nameOf(id),
    };
  }

  /** Reports the project's changes not reported yet, with `extra` ones; nothing when there are none. */
  async report(project: TouchedProject, label: ProjectLabel, extra: RawChange[] = []): Promise<void> {
    const changes = [...project.changes, ...extra];
    project.changes = [];
    if (changes.length === 0) return;
    project.reported = true;
    await this.learnOrganisationNames(changes);
    this.emit({
      row: project.row,
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

  private async learnOrganisationNames(changes: readonly RawChange[]) {
    const ids = changes.flatMap((change) => {
      if (change.fact === 'beneficiary') return [change.before, change.after];
      if (change.fact !== 'partners') return [];
      return [change.before, change.after].flatMap((partners) =>
        ((partners ?? []) as { organisationId: number }[]).map((partner) => partner.organisationId),
      );
    });
    const unknown = ids.filter((id): id is number => typeof id === 'number' && !this.organisationNames.has(id));
    if (unknown.length === 0) return;
    for (const [id, name] of await this.store.findOrganisationNames(unknown)) this.organisationNames.set(id, name);
  }
}
