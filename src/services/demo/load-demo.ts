import type { SpojniaDb } from '../../storage/database.js';
import { insertOrganisation } from '../../storage/repositories/organisation-repository.js';
import { insertProgramme } from '../../storage/repositories/programme-repository.js';
import { countProjects } from '../../storage/repositories/project-list.js';
import { insertTopic } from '../../storage/repositories/topic-repository.js';
import { createProject } from '../projects/create-project.js';
import { DEMO_PROGRAMMES, DEMO_TOPICS } from './catalogue.js';
import { generateDemoOrganisations, generateDemoProjects } from './generate-projects.js';
import { SEED_ORGANISATIONS, SEED_PROJECTS } from './seed-projects.js';

export interface DemoOptions {
  /** How many invented projects to add next to the two real seed projects. */
  readonly generatedCount: number;
  readonly seed?: number;
}

export interface DemoReport {
  readonly projects: number;
  readonly organisations: number;
  readonly programmes: number;
}

export const DEFAULT_DEMO_COUNT = 200;

/**
 * Loads the demo content into an empty registry in one transaction: the programmes and
 * topics, the two real seed projects, and deterministic invented projects marked as demo.
 * Every project goes through the same validation as any other.
 */
export async function loadDemo(db: SpojniaDb, options: DemoOptions): Promise<DemoReport> {
  if ((await countProjects(db)) > 0) {
    throw new Error('The registry already holds projects; demo content is loaded only into an empty one.');
  }
  return db.transaction().execute(async (trx) => {
    for (const programme of DEMO_PROGRAMMES) await insertProgramme(trx, programme);
    for (const topic of DEMO_TOPICS) await insertTopic(trx, topic);
    const generationOptions = { count: options.generatedCount, seed: options.seed };
    const organisations = [...SEED_ORGANISATIONS, ...generateDemoOrganisations(generationOptions)];
    for (const organisation of organisations) await insertOrganisation(trx, organisation);
    let projects = 0;
    for (const project of SEED_PROJECTS) {
      await createProject(trx, project);
      projects += 1;
    }
    for (const project of generateDemoProjects(generationOptions)) {
      await createProject(trx, project);
      projects += 1;
    }
    return { projects, organisations: organisations.length, programmes: DEMO_PROGRAMMES.length };
  });
}
