import { type Cell, cellText, ok, quoted, type Reading, refuse } from './cell.js';

const YES = new Set(['tak', 'yes', 'y', 't', 'true', '1', 'da', 'ja', 'oui', 'si', 'sí', 'ano', 'igen', 'x']);
const NO = new Set(['nie', 'no', 'n', 'false', '0', 'ne', 'nein', 'non', 'nem']);

/** Reads Tak/Nie, Yes/No and their kin; null for an empty cell. */
export function readYesNo(cell: Cell): Reading<boolean | null> {
  if (typeof cell === 'boolean') return ok(cell);
  const text = cellText(cell instanceof Date ? null : cell);
  if (text === null) return ok(null);
  const folded = text.toLowerCase();
  if (YES.has(folded)) return ok(true);
  if (NO.has(folded)) return ok(false);
  return refuse('not_yes_no', { value: quoted(text) });
}
