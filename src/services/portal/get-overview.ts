import { todayIso } from '../../domain/dates.js';
import type { ProjectSummary } from '../../domain/project.js';
import type { SpojniaDb } from '../../storage/database.js';
import type { ProjectTotals } from '../../storage/repositories/project-list.js';
import { overviewFromIndex } from '../../storage/search/search-overview.js';

export interface PortalOverview {
  readonly totals: ProjectTotals;
  readonly latest: readonly ProjectSummary[];
}

/**
 * What the home page shows: totals of the registry and the most recently started projects
 * (planned ones that have not started yet are not "latest"). Both come from the search
 * index, which answers in milliseconds at any size.
 */
export async function getPortalOverview(db: SpojniaDb, latestCount = 6, today = todayIso()): Promise<PortalOverview> {
  return overviewFromIndex(db, today, latestCount);
}
