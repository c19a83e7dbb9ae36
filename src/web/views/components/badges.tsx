import type { ProjectStatus } from '../../../domain/codes.js';
import type { RenderContext } from '../../context.js';

/** The status in words; the colour only repeats what the text says. */
export function StatusBadge({ ctx, status }: { ctx: RenderContext; status: ProjectStatus }) {
  return (
    <span class={`badge badge--status badge--${status.replace('_', '-')}`}>
      <span class="visually-hidden">{ctx.t.common.status}: </span>
      {ctx.t.codes.status[status]}
    </span>
  );
}

/** Marks invented content, in full on a project page and short in lists. */
export function DemoBadge({ ctx, short = false }: { ctx: RenderContext; short?: boolean }) {
  return (
    <span class="badge badge--demo" title={short ? ctx.t.common.demoBadge : undefined}>
      {short ? ctx.t.common.demoShort : ctx.t.common.demoBadge}
    </span>
  );
}
