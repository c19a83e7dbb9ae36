import type { PortalOverview } from '../../../services/portal/get-overview.js';
import type { RenderContext } from '../../context.js';

export type Totals = PortalOverview['totals'];

/** Counts and sums per currency: PLN and EUR side by side, never added together. */
export function TotalsSummary({ ctx, totals }: { ctx: RenderContext; totals: Totals }) {
  const { t, format } = ctx;
  if (totals.count === 0) return <p>{t.totals.empty}</p>;
  const several = totals.byCurrency.length > 1;
  return (
    <div class="totals">
      {several ? (
        <p class="totals__all">
          {t.totals.projects}: <strong>{format.number(totals.count, 0)}</strong>
        </p>
      ) : null}
      {totals.byCurrency.map((row) => (
        <div class="totals__group" key={row.currency}>
          {several ? <p class="totals__currency">{t.totals.inCurrency(row.currency)}</p> : null}
          <dl class="totals__list">
            <div class="totals__item">
              <dt>{t.totals.projects}</dt>
              <dd>{format.number(row.count, 0)}</dd>
            </div>
            <div class="totals__item">
              <dt>{t.totals.totalValue}</dt>
              <dd class="money">{format.money(row.totalValue)}</dd>
            </div>
            <div class="totals__item">
              <dt>{t.totals.cofinancing}</dt>
              <dd class="money">{format.money(row.cofinancing)}</dd>
            </div>
          </dl>
        </div>
      ))}
      {several ? <p class="totals__note">{t.totals.currencyNote}</p> : null}
    </div>
  );
}
