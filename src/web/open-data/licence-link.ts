import type { RenderContext } from '../context.js';

/** `Link: <…/licencja>; rel="license"` (RFC 8288): the data's licence, for answers that are data. */
export function licenceLinkHeader(ctx: RenderContext): string {
  return `<${ctx.absolute(ctx.paths.licence)}>; rel="license"`;
}
