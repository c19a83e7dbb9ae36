import type { ProjectInput } from '../../domain/project.js';
import { hajnowkaOdnowa } from './seed-hajnowka-odnowa.js';
import { urbInclusion } from './seed-urb-inclusion.js';

export { SEED_ORGANISATIONS } from './seed-organisations.js';

/** The two real projects the platform was conceived from, entered faithfully. */
export const SEED_PROJECTS: readonly ProjectInput[] = [urbInclusion, hajnowkaOdnowa];
