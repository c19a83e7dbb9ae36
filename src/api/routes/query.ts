/**
 * Drops parameters sent empty (`?status=&page=2`), as a filter form leaves them, so that an
 * empty filter means "any" instead of failing validation or matching nothing.
 */
export function withoutBlankValues(query: unknown): Record<string, unknown> {
  if (typeof query !== 'object' || query === null) return {};
  return Object.fromEntries(Object.entries(query).filter(([, value]) => value !== ''));
}
