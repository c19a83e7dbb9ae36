/** A page number from the query: a whole number from 1, anything else is page 1. */
export function pageNumber(value: string | undefined): number {
  return value !== undefined && /^\d{1,6}$/.test(value) && Number(value) >= 1 ? Number(value) : 1;
}

export const ADMIN_PAGE_SIZE = 50;
