import type { ProjectSummary } from '../../domain/project.js';
import type { SpojniaDb } from '../../storage/database.js';
import { listProjectSummaries, sumProjects, type ProjectTotals } from '../../storage/repositories/project-list.js';

export interface PortalOverview {
  readonly totals: ProjectTotals;
  readonly latest: readonly ProjectSummary[];
}

/** What the home page shows: totals of the registry and the most recently started projects. */
export async function getPortalOverview(db: SpojniaDb, latestCount = 6): Promise<PortalOverview> {
  const [totals, latest] = await Promise.all([
    sumProjects(db, {}),
    listProjectSummaries(db, {}, { page: 1, pageSize: latestCount }),
  ]);
  return { totals, latest: latest.items };
}
