import type { AdminContext } from '../../context.js';

/** Previous / next links of a paged list, with where we are. */
export function Pager({
  ctx,
  page,
  pageSize,
  total,
  url,
}: {
  ctx: AdminContext;
  page: number;
  pageSize: number;
  total: number;
  url: (page: number) => string;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  const { common } = ctx.t;
  return (
    <nav class="pagination" aria-label={common.paginationLabel}>
      <ul>
        {page > 1 ? (
          <li>
            <a href={url(page - 1)} rel="prev">
              {common.previous}
            </a>
          </li>
        ) : null}
        <li aria-current="page">{common.pageOf(page, pages)}</li>
        {page < pages ? (
          <li>
            <a href={url(page + 1)} rel="next">
              {common.next}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
