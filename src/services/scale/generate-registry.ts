import { prepareBulkFile, SqliteBulkProjectWriter } from '../../storage/sqlite-bulk/bulk-project-writer.js';
import { DEMO_PROGRAMMES, DEMO_TOPICS } from '../demo/catalogue.js';
import { createScaleGenerator } from '../demo/generate-projects.js';

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
 * transaction, search index included. Same seed and same starting point, same projects.
 */
export function generateRegistry(file: string, options: GenerateOptions): GenerateReport {
  const started = performance.now();
  const writer = new SqliteBulkProjectWriter(file);
  try {
    // Numbering continues after the projects already there, so slugs and contract numbers stay unique.
    const generator = createScaleGenerator({
      count: options.projects,
      seed: options.seed,
      firstIndex: writer.firstProjectId - 1,
    });
    writer.begin(
      { programmes: DEMO_PROGRAMMES, topics: DEMO_TOPICS, organisations: generator.organisations },
      options.projects,
    );
    for (const project of generator.projects) {
      writer.add(project);
      if (writer.written % PROGRESS_EVERY === 0) options.onProgress?.(writer.written);
    }
    writer.finish();
    return {
      projects: writer.written,
      organisations: generator.organisations.length,
      firstProjectId: writer.firstProjectId,
      seconds: (performance.now() - started) / 1000,
    };
  } catch (error) {
    writer.abort();
    throw error;
  }
}
