import { parentPort, workerData } from 'node:worker_threads';
import type { SearchMunicipality } from '../../storage/search/search-document.js';
import { type CatalogueIds, ProjectRowBuilder, type TableRows } from '../../storage/sqlite-bulk/project-rows.js';
import { createScaleGenerator } from '../demo/generate-projects.js';
import { Credits } from '../threads/credits.js';

/** What the generating thread is asked for. */
export interface GenerateWork {
  readonly count: number;
  readonly seed: number;
  /** The registry's first free project id: projects are numbered from it, as the writer inserts them. */
  readonly firstProjectId: number;
  readonly ids: CatalogueIds;
  readonly now: string;
}

export type GenerateMessage =
  | {
      readonly type: 'batch';
      readonly rows: TableRows;
      readonly projects: number;
      readonly municipalities: readonly SearchMunicipality[];
    }
  | { readonly type: 'end' };

/** Projects per message: measured best among 50, 100 and 500 (fewer rows outlive a young-generation collection). */
const BATCH = 100;
/** Batches made ahead of the writer at most; beyond it this thread waits for it. */
const AHEAD = 2;

/**
 * The thread of `spojnia generate` that makes the projects and their rows (text, search
 * documents, folding): about half of the work, done while the main thread inserts the
 * batch before. Same seed and same first id, same projects, in the same order.
 */
async function main(port: NonNullable<typeof parentPort>, work: GenerateWork): Promise<void> {
  const credits = new Credits(AHEAD);
  port.on('message', () => credits.give());
  const generator = createScaleGenerator({ count: work.count, seed: work.seed, firstIndex: work.firstProjectId - 1 });
  const builder = new ProjectRowBuilder(work.ids, work.now);
  const seen = new Set<string>();
  let rows: TableRows = {};
  let projects = 0;
  let municipalities: SearchMunicipality[] = [];
  const send = async () => {
    await credits.take();
    port.postMessage({ type: 'batch', rows, projects, municipalities } satisfies GenerateMessage);
    rows = {};
    projects = 0;
    municipalities = [];
  };
  let id = work.firstProjectId;
  for (const project of generator.projects) {
    for (const municipality of builder.add(rows, id, project)) {
      if (seen.has(municipality.key)) continue;
      seen.add(municipality.key);
      municipalities.push(municipality);
    }
    id += 1;
    projects += 1;
    if (projects === BATCH) await send();
  }
  if (projects > 0) await send();
  port.postMessage({ type: 'end' } satisfies GenerateMessage);
  port.close();
}

if (parentPort) await main(parentPort, workerData as GenerateWork);
