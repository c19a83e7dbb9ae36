import type { Worker } from 'node:worker_threads';
import { prepareBulkFile, SqliteBulkProjectWriter } from '../../storage/sqlite-bulk/bulk-project-writer.js';
import { DEMO_PROGRAMMES, DEMO_TOPICS } from '../demo/catalogue.js';
import { createScaleGenerator } from '../demo/generate-projects.js';
import { startWorker, workerModule } from '../threads/start-worker.js';
import type { GenerateMessage, GenerateWork } from './generate-worker.js';

export interface GenerateOptions {
  readonly projects: number;
  readonly seed: number;
  /** Called now and then with the number of projects written so far. */
  readonly onProgress?: (written: number) => void;
}

export interface GenerateReport {
  readonly projects: number;
  readonly organisations: number;
  readonly firstProjectId: number;
  readonly seconds: number;
}

const PROGRESS_EVERY = 50_000;

/** Creates a registry file laid out for bulk loads (large pages), unless it already exists. */
export function prepareRegistryFile(file: string): void {
  prepareBulkFile(file);
}

/**
 * Adds `projects` realistic synthetic projects (the demo generator's: Polish titles and
 * descriptions, real programmes, funds and places, skewed values, organisations shared by
 * many projects, partners abroad) to an SQLite registry that is already migrated, in one
 * transaction, search index included. A worker thread makes the projects' rows while this
 * one inserts them. Same seed and same starting point, same projects.
 */
export async function generateRegistry(file: string, options: GenerateOptions): Promise<GenerateReport> {
  const started = performance.now();
  const writer = new SqliteBulkProjectWriter(file);
  let worker: Worker | null = null;
  try {
    // Numbering continues after the projects already there, so slugs and contract numbers stay unique.
    const { organisations } = createScaleGenerator({
      count: options.projects,
      seed: options.seed,
      firstIndex: writer.firstProjectId - 1,
    });
    const ids = writer.begin({ programmes: DEMO_PROGRAMMES, topics: DEMO_TOPICS, organisations }, options.projects);
    const work: GenerateWork = {
      count: options.projects,
      seed: options.seed,
      firstProjectId: writer.firstProjectId,
      ids,
      now: new Date().toISOString(),
    };
    const generating = startWorker(workerModule('./generate-worker', import.meta.url), work);
    worker = generating;
    await new Promise<void>((resolve, reject) => {
      generating.on('message', (message: GenerateMessage) => {
        if (message.type === 'end') return resolve();
        try {
          writer.insert(message.rows, message.projects, message.municipalities);
        } catch (error) {
          return reject(error);
        }
        generating.postMessage('more');
        if (writer.written % PROGRESS_EVERY === 0) options.onProgress?.(writer.written);
      });
      generating.on('error', reject);
      generating.on('exit', () => reject(new Error('The generating thread stopped before the last project.')));
    });
    writer.finish();
    return {
      projects: writer.written,
      organisations: organisations.length,
      firstProjectId: writer.firstProjectId,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    writer.abort();
    throw error;
  } finally {
    await worker?.terminate();
  }
}
