import type { Topic } from '../../domain/programme.js';
import type { SpojniaDb } from '../../storage/database.js';
import { listProgrammes, type ProgrammeWithCount } from '../../storage/repositories/programme-repository.js';
import { listTopics } from '../../storage/repositories/topic-repository.js';

export type { ProgrammeWithCount };

export async function listAllProgrammes(db: SpojniaDb): Promise<ProgrammeWithCount[]> {
  return listProgrammes(db);
}

export async function listAllTopics(db: SpojniaDb): Promise<Topic[]> {
  return listTopics(db);
}
