import { GRANT_SOURCES } from '../../../domain/codes.js';
import type { Money } from '../../../domain/money.js';
import type { Project } from '../../../domain/project.js';
import type { RenderContext } from '../../context.js';

interface Share {
  /** Picks the segment's colour and pattern in the stylesheet. */
  readonly kind: string;
  readonly label: string;
  readonly amount: Money;
}

/**
 * The parts of the total value, left to right: the grant by source (EU, state budget), any
 * co-financing the breakdown does not split, the other sources given, and what remains
 * (the own contribution). Null when the total value is unknown or zero.
 */
export function sharesOfTotal(ctx: RenderContext, project: Project): Share[] | null {
  const { t } = ctx;
  const total = project.totalValue;
  if (!total || total.amount <= 0) return null;
  const shares: Share[] = [];
  const add = (kind: string, label: string, amount: number) => {
    if (amount > 0) shares.push({ kind, label, amount: { amount, currency: total.currency } });
  };
  const grantLines = project.funding.filter((line) => GRANT_SOURCES.includes(line.source));
  for (const line of grantLines) add(line.source, t.codes.fundingSource[line.source], line.amount.amount);
  const grant = grantLines.reduce((sum, line) => sum + line.amount.amount, 0);
  if (project.cofinancing) add('cofinancing', t.project.cofinancingUnsplit, project.cofinancing.amount - grant);
  const covered = Math.max(grant, project.cofinancing?.amount ?? 0);
  const others = project.funding.filter((line) => !GRANT_SOURCES.includes(line.source) && line.source !== 'own');
  for (const line of others) add(line.source, t.codes.fundingSource[line.source], line.amount.amount);
  const othersSum = others.reduce((sum, line) => sum + line.amount.amount, 0);
  add('own', t.codes.fundingSource.own, total.amount - covered - othersSum);
  const sum = shares.reduce((all, share) => all + share.amount.amount, 0);
  // A breakdown that does not add up is reported by a warning elsewhere; the bar then shows nothing rather than lie.
  return sum === total.amount && shares.length > 0 ? shares : null;
}

/**
 * Where the money comes from, at a glance: one bar split by source, drawn as SVG (no inline
 * style: the CSP forbids it), with a legend that says every part in words, amounts and
 * percentages, so nothing rests on colour alone. The bar itself is hidden from screen
 * readers, which read the legend.
 */
export function FundingBar({ ctx, project }: { ctx: RenderContext; project: Project }) {
  const { t, format } = ctx;
  const shares = sharesOfTotal(ctx, project);
  const total = project.totalValue;
  if (!shares || !total) return null;
  let offset = 0;
  const segments = shares.map((share) => {
    const width = (share.amount.amount / total.amount) * 100;
    const segment = { ...share, x: offset, width };
    offset += width;
    return segment;
  });
  return (
    <figure class="funding-bar">
      <svg viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        {segments.map((segment) => (
          <rect
            key={segment.kind}
            class={`funding-bar__part funding-bar__part--${segment.kind.replace('_', '-')}`}
            x={segment.x.toFixed(3)}
            y="0"
            width={segment.width.toFixed(3)}
            height="6"
          />
        ))}
      </svg>
      <figcaption>
        <p class="funding-bar__caption">{t.project.fundingBarCaption}</p>
        <ul class="funding-bar__legend">
          {segments.map((segment) => (
            <li key={segment.kind}>
              <span class={`swatch funding-bar__part--${segment.kind.replace('_', '-')}`} aria-hidden="true" />
              <span class="funding-bar__label">{segment.label}</span>{' '}
              <strong class="funding-bar__share">{format.percent(segment.width)}</strong>{' '}
              <span class="money">({format.money(segment.amount)})</span>
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
