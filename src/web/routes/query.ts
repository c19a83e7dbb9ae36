import { z } from 'zod';
import { PROJECT_STATUSES } from '../../domain/codes.js';
import type { Messages } from '../i18n/messages.js';

/** Results per page of every listing. */
export const PAGE_SIZE = 20;

/** A field left empty in a GET form arrives as "", which means "not chosen". */
const blankToUndefined = (value: unknown) => (value === '' ? undefined : value);

function pageNumber(t: Messages) {
  return z.preprocess(
    blankToUndefined,
    z
      .string({ error: t.query.single('strona') })
      .regex(/^\d{1,6}$/, { error: t.query.page })
      .transform(Number)
      .refine((page) => page >= 1, { error: t.query.page })
      .optional(),
  );
}

function slugFilter(t: Messages, name: string) {
  return z.preprocess(
    blankToUndefined,
    z
      .string({ error: t.query.single(name) })
      .max(120, { error: t.query.slug(name) })
      .optional(),
  );
}

/**
 * The query of the project list, with messages a person can act on. Unknown parameters are
 * ignored; an unknown programme or topic slug is valid and simply matches nothing.
 */
export function projectListQuery(t: Messages) {
  return z.object({
    strona: pageNumber(t),
    program: slugFilter(t, 'program'),
    temat: slugFilter(t, 'temat'),
    status: z.preprocess(blankToUndefined, z.enum(PROJECT_STATUSES, { error: t.query.status }).optional()),
  });
}

/** The query of a paged listing without filters. */
export function pageQuery(t: Messages) {
  return z.object({ strona: pageNumber(t) });
}
