import type { Project } from '../../../domain/project.js';
import { timeProgress } from '../../../domain/project-progress.js';
import type { RenderContext } from '../../context.js';

/**
 * How far the project is through its planned time, in words and as a bar with a marker for
 * today. The words carry the meaning; the bar only repeats them and is hidden from screen readers.
 */
export function TimeProgressBar({ ctx, project }: { ctx: RenderContext; project: Project }) {
  const { t, format } = ctx;
  const progress = timeProgress(project.startDate, project.endDate, ctx.today);
  if (!progress || !project.startDate || !project.endDate) return null;
  const percent = progress.stage === 'running' ? progress.percent : progress.stage === 'ended' ? 100 : 0;
  const words =
    progress.stage === 'not_started'
      ? t.project.time.notStarted(format.date(project.startDate))
      : progress.stage === 'ended'
        ? t.project.time.ended(format.date(project.endDate))
        : t.project.time.running(format.percent(progress.percent), format.date(project.endDate));
  return (
    <div class="time-progress">
      <p class="time-progress__text">
        <strong>{t.project.time.label}:</strong> {words}
      </p>
      <svg
        class="time-progress__bar"
        viewBox="0 0 100 4"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect class="time-progress__track" x="0" y="0" width="100" height="4" />
        <rect class="time-progress__done" x="0" y="0" width={percent} height="4" />
      </svg>
      <p class="time-progress__ends" aria-hidden="true">
        <span>{format.date(project.startDate)}</span>
        <span>{format.date(project.endDate)}</span>
      </p>
    </div>
  );
}
