import type { AdminContext } from '../../context.js';
import { type FormProblems, fieldId } from './problems.js';

/**
 * Every problem of a refused form at the top, each linking to its field, so keyboard and
 * screen-reader users can go straight to what needs fixing.
 */
export function ErrorSummary({
  ctx,
  problems,
  labelOf,
  general,
}: {
  ctx: AdminContext;
  problems: FormProblems;
  labelOf: (path: string) => string;
  general?: readonly string[];
}) {
  const extra = general ?? [];
  if (problems.isEmpty && extra.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{ctx.t.common.errorSummary}</h2>
      <p>{ctx.t.common.errorSummaryText}</p>
      <ul>
        {extra.map((text) => (
          <li key={text}>{text}</li>
        ))}
        {problems.all.map((item, index) => (
          <li key={`${item.path}-${index}`}>
            <a href={`#${fieldId(item.path)}`}>
              {labelOf(item.path)}: {item.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
