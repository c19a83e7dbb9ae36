import type { RenderContext } from '../../context.js';

interface PaginationProps {
  readonly ctx: RenderContext;
  /** The path of the listing and the query it keeps, e.g. its filters. */
  readonly path: string;
  readonly query: Readonly<Record<string, string | number | undefined>>;
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
}

/** The pages around the current one, with the first and last always there; null marks a gap. */
export function pageWindow(page: number, pages: number, radius = 2): (number | null)[] {
  const shown = new Set([1, pages]);
  for (let near = page - radius; near <= page + radius; near += 1) {
    if (near >= 1 && near <= pages) shown.add(near);
  }
  const sorted = [...shown].sort((a, b) => a - b);
  const result: (number | null)[] = [];
  sorted.forEach((number, index) => {
    const previous = sorted[index - 1];
    if (previous !== undefined && number - previous > 1) result.push(null);
    result.push(number);
  });
  return result;
}

/** Links to the other pages of a listing; plain links, so it works without JavaScript. */
export function Pagination({ ctx, path, query, page, pageSize, total }: PaginationProps) {
  const { t, paths } = ctx;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const href = (target: number) => paths.withPage(path, query, target);
  return (
    <nav class="pagination" aria-label={t.pagination.label}>
      <p class="pagination__status">{t.pagination.pageOf(Math.min(page, pages), pages)}</p>
      <ul>
        {page > 1 ? (
          <li>
            <a href={href(Math.min(page - 1, pages))} rel="prev">
              <span aria-hidden="true">← </span>
              {t.pagination.previous}
            </a>
          </li>
        ) : null}
        {pageWindow(Math.min(page, pages), pages).map((number, index) =>
          number === null ? (
            <li key={`gap-${index}`} aria-hidden="true" class="pagination__gap">
              …
            </li>
          ) : (
            <li key={number}>
              {number === page ? (
                <span aria-current="page" class="pagination__current">
                  <span class="visually-hidden">{t.pagination.page(number)}, </span>
                  {number}
                </span>
              ) : (
                <a href={href(number)} aria-label={t.pagination.page(number)}>
                  {number}
                </a>
              )}
            </li>
          ),
        )}
        {page < pages ? (
          <li>
            <a href={href(page + 1)} rel="next">
              {t.pagination.next}
              <span aria-hidden="true"> →</span>
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
