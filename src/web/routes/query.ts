import { z } from 'zod';
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

/** The query of a paged listing without filters. */
export function pageQuery(t: Messages) {
  return z.object({ strona: pageNumber(t) });
}
