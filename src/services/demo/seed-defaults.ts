import { money } from '../../domain/money.js';
import type { ProjectInput } from '../../domain/project.js';

/** Fields the two seed pages leave empty, filled the same way for both. */
export const SEED_DEFAULTS = {
  contractNumber: null,
  externalIds: { kohesio: null, officialList: null, keepEu: null },
  subMeasure: null,
  eligibleExpenditure: null,
  indicators: [],
  links: [],
  website: null,
  logoUrl: null,
  editorialState: 'published',
  provenance: { source: 'manual', file: null, row: null },
  isDemo: false,
} as const satisfies Partial<ProjectInput>;

/** An amount in złoty and grosze, e.g. pln(1_015_798, 80). */
export const pln = (zloty: number, grosze = 0) => money(zloty * 100 + grosze, 'PLN');
