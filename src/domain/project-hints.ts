import type { ProjectFacts } from './project.js';

export type StatusHint = 'end_date_passed' | 'start_date_passed' | null;

/**
 * A hint that the published status may be out of date, derived from the dates: a project
 * "in progress" whose end date has passed, or one still "planned" after its start.
 */
export function statusHint(project: Pick<ProjectFacts, 'status' | 'startDate' | 'endDate'>, today: string): StatusHint {
  if (project.status === 'in_progress' && project.endDate && project.endDate < today) {
    return 'end_date_passed';
  }
  if (project.status === 'planned' && project.startDate && project.startDate < today) {
    return 'start_date_passed';
  }
  return null;
}
