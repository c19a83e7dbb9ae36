import { FUNDING_SOURCES, GRANT_SOURCES } from '../../../domain/codes.js';
import type { Money } from '../../../domain/money.js';
import type { Project } from '../../../domain/project.js';
import { cofinancingRate, ownContribution } from '../../../domain/project-money.js';
import { breakdownWarnings } from '../../../domain/validate-project.js';
import type { RenderContext } from '../../context.js';
import { Section, TableScroll } from '../components/section.js';
import { FundingBar, sharesOfTotal } from './funding-bar.js';

/** The money of a project: key figures, the co-financing bar, the breakdown and its warnings. */
export function MoneySection({ ctx, project }: { ctx: RenderContext; project: Project }) {
  const { t, format } = ctx;
  const rate = cofinancingRate(project);
  const own = ownContribution(project);
  const warnings = breakdownWarnings(project);
  const base = project.eligibleExpenditure ? t.project.rateBase.eligible : t.project.rateBase.total;
  if (!project.totalValue && !project.cofinancing && project.funding.length === 0) return null;
  return (
    <Section id="finansowanie" title={t.project.moneyHeading}>
      <dl class="key-figures">
        <KeyFigure label={t.common.totalValue} value={project.totalValue} ctx={ctx} main />
        <KeyFigure label={t.project.eligibleExpenditure} value={project.eligibleExpenditure} ctx={ctx} />
        <KeyFigure label={t.common.cofinancing} value={project.cofinancing} ctx={ctx} main />
        {rate !== null ? (
          <div class="key-figure">
            <dt>{t.project.rate}</dt>
            <dd>
              <span class="key-figure__value">{format.percent(rate)}</span> <span class="key-figure__note">{base}</span>
            </dd>
          </div>
        ) : null}
        <KeyFigure label={t.project.ownContribution} value={own} ctx={ctx} />
      </dl>
      {/* The rate bar says something of its own only next to eligible expenditure, or where the split cannot be drawn. */}
      {rate !== null && (project.eligibleExpenditure || !sharesOfTotal(ctx, project)) ? (
        <CofinancingBar rate={rate} label={t.project.barLabel(format.percent(rate), base)} />
      ) : null}
      <FundingBar ctx={ctx} project={project} />
      {warnings.map((warning) => (
        <p class="notice notice--warning" key={warning.code}>
          <strong>{t.common.warningPrefix}</strong> {t.codes.warning[warning.code] ?? warning.message}
        </p>
      ))}
      <BreakdownTable ctx={ctx} project={project} own={own} />
    </Section>
  );
}

function KeyFigure(props: { ctx: RenderContext; label: string; value: Money | null; main?: boolean }) {
  if (!props.value) return null;
  return (
    <div class={props.main ? 'key-figure key-figure--main' : 'key-figure'}>
      <dt>{props.label}</dt>
      <dd>
        <span class="key-figure__value money">{props.ctx.format.money(props.value)}</span>
      </dd>
    </div>
  );
}

/**
 * An SVG bar (no inline style: the CSP forbids it), its width in viewBox units of percent.
 * Its caption says the rate in words; the drawing only repeats it, so it is hidden from screen readers.
 */
function CofinancingBar({ rate, label }: { rate: number; label: string }) {
  const width = Math.max(0, Math.min(100, rate));
  return (
    <figure class="rate-bar">
      <svg viewBox="0 0 100 4" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="rate-bar__track" x="0" y="0" width="100" height="4" />
        <rect class="rate-bar__fill" x="0" y="0" width={width.toFixed(2)} height="4" />
      </svg>
      <figcaption>{label}</figcaption>
    </figure>
  );
}

function BreakdownTable({ ctx, project, own }: { ctx: RenderContext; project: Project; own: Money | null }) {
  const { t, format } = ctx;
  const total = project.totalValue;
  const share = (amount: Money) =>
    total && total.amount > 0 ? format.percent((amount.amount / total.amount) * 100) : t.common.none;
  const lines = FUNDING_SOURCES.flatMap((source) => project.funding.filter((line) => line.source === source));
  const grantLines = lines.filter((line) => GRANT_SOURCES.includes(line.source));
  const otherLines = lines.filter((line) => !GRANT_SOURCES.includes(line.source));
  const hasOwnLine = lines.some((line) => line.source === 'own');
  const row = (key: string, label: string, amount: Money, className?: string) => (
    <tr key={key} class={className}>
      <th scope="row">{label}</th>
      <td class="num money">{format.money(amount)}</td>
      {total ? <td class="num">{share(amount)}</td> : null}
    </tr>
  );
  return (
    <TableScroll label={t.project.breakdownCaption}>
      <table class="data-table breakdown">
        <caption>{t.project.breakdownCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.project.sourceColumn}</th>
            <th scope="col" class="num">
              {t.project.amountColumn}
            </th>
            {total ? (
              <th scope="col" class="num">
                {t.project.shareColumn}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {grantLines.map((line, index) => row(`grant-${index}`, t.codes.fundingSource[line.source], line.amount))}
          {project.cofinancing
            ? row('cofinancing', t.project.grantSubtotal, project.cofinancing, 'breakdown__subtotal')
            : null}
          {otherLines.map((line, index) => row(`other-${index}`, t.codes.fundingSource[line.source], line.amount))}
          {own && !hasOwnLine ? row('own', t.project.ownContributionDerived, own) : null}
        </tbody>
        {total ? (
          <tfoot>
            <tr>
              <th scope="row">{t.common.totalValue}</th>
              <td class="num money">{format.money(total)}</td>
              <td class="num">{format.percent(100)}</td>
            </tr>
          </tfoot>
        ) : null}
      </table>
    </TableScroll>
  );
}
