import { todayIso } from '../../domain/dates.js';
import type { ProjectSummary } from '../../domain/project.js';
import type { SpojniaDb } from '../../storage/database.js';
import { listProjectSummaries, type ProjectTotals, sumProjects } from '../../storage/repositories/project-list.js';

export interface PortalOverview {
  readonly totals: ProjectTotals;
  readonly latest: readonly ProjectSummary[];
}

/**
 * What the home page shows: totals of the registry and the most recently started projects
 * (planned ones that have not started yet are not "latest").
 */
export async function getPortalOverview(db: SpojniaDb, latestCount = 6, today = todayIso()): Promise<PortalOverview> {
  const [totals, latest] = await Promise.all([
    sumProjects(db, {}),
    listProjectSummaries(db, { startedBy: today }, { page: 1, pageSize: latestCount }),
  ]);
  return { totals, latest: latest.items };
}
