import type { z } from 'zod';
import type { PageRequest } from '../../services/projects/browse-projects.js';
import type { PageLinksSchema, PageMetaSchema } from '../schemas/common.js';

export function presentPageMeta(request: PageRequest, total: number): z.infer<typeof PageMetaSchema> {
  return { ...request, total, totalPages: Math.ceil(total / request.pageSize) };
}

/**
 * Links to this, the next and the previous page: relative URLs that repeat the filters,
 * so a client can follow `next` until it is null.
 * @example presentPageLinks('/api/v1/projects', { status: 'completed' }, { page: 2, pageSize: 20 }, 45)
 *   // { self: '…?status=completed&page=2&pageSize=20', next: '…&page=3…', prev: '…&page=1…' }
 */
export function presentPageLinks(
  path: string,
  filters: Readonly<Record<string, string | undefined>>,
  request: PageRequest,
  total: number,
): z.infer<typeof PageLinksSchema> {
  const totalPages = Math.ceil(total / request.pageSize);
  const linkTo = (page: number): string => {
    const query = new URLSearchParams();
    for (const [name, value] of Object.entries(filters)) if (value !== undefined) query.set(name, value);
    query.set('page', String(page));
    query.set('pageSize', String(request.pageSize));
    return `${path}?${query.toString()}`;
  };
  return {
    self: linkTo(request.page),
    next: request.page < totalPages ? linkTo(request.page + 1) : null,
    // Past the end, "previous" is the last page that has items.
    prev: request.page > 1 ? linkTo(Math.min(request.page - 1, Math.max(totalPages, 1))) : null,
  };
}
