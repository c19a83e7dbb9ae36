/**
 * What a person typed into a form, field by field, keyed by path ("partners.0.role"); lists
 * of checkboxes hold several values. Forms are re-rendered from this, so nothing typed is lost.
 */
export type FormValues = Map<string, string | readonly string[]>;

export function text(values: FormValues, path: string): string {
  const value = values.get(path);
  if (value === undefined) return '';
  return typeof value === 'string' ? value : (value[0] ?? '');
}

export function list(values: FormValues, path: string): readonly string[] {
  const value = values.get(path);
  if (value === undefined) return [];
  return typeof value === 'string' ? (value === '' ? [] : [value]) : value;
}

/** Trimmed text, or null when empty. */
export function optional(values: FormValues, path: string): string | null {
  const value = text(values, path).trim();
  return value === '' ? null : value;
}

/** How many rows of a repeatable group the values hold. */
export function rowCount(values: FormValues, group: string): number {
  let count = 0;
  const pattern = new RegExp(`^${group}\\.(\\d+)\\.`);
  for (const key of values.keys()) {
    const match = pattern.exec(key);
    if (match) count = Math.max(count, Number(match[1]) + 1);
  }
  return count;
}

export interface FormShape {
  /** Single fields, by path. */
  readonly scalars: readonly string[];
  /** Checkbox lists, by path. */
  readonly lists: readonly string[];
  /** Repeatable groups and the fields of one row. */
  readonly groups: Readonly<Record<string, readonly string[]>>;
  /** Hidden fields of the form's own (version, action…). */
  readonly controls: readonly string[];
}

/** The largest row number a form may send; more is a tampered form. */
export const MAX_ROWS = 200;

export interface ReadForm {
  readonly values: FormValues;
  readonly unknown: readonly string[];
}

/**
 * Reads a submitted form against its shape: fields the form does not have are reported,
 * rows of repeatable groups that are empty or ticked for removal are dropped, and the rest
 * are numbered again from 0 (so problem paths match the rows shown back).
 */
export function readForm(fields: Readonly<Record<string, string | readonly string[]>>, shape: FormShape): ReadForm {
  const values: FormValues = new Map();
  const unknown: string[] = [];
  const rows = new Map<string, Map<number, Map<string, string>>>();
  for (const [key, raw] of Object.entries(fields)) {
    if (key === '_csrf' || shape.controls.includes(key)) continue;
    if (shape.scalars.includes(key)) {
      values.set(key, typeof raw === 'string' ? raw : (raw[0] ?? ''));
      continue;
    }
    if (shape.lists.includes(key)) {
      values.set(key, typeof raw === 'string' ? [raw] : [...raw]);
      continue;
    }
    const match = /^([A-Za-z]+)\.(\d{1,4})\.([A-Za-z_]+)$/.exec(key);
    const groupFields = match ? shape.groups[match[1] as string] : undefined;
    const index = Number(match?.[2]);
    const name = match?.[3] ?? '';
    if (!match || !groupFields || (!groupFields.includes(name) && name !== '_remove') || index >= MAX_ROWS) {
      unknown.push(key);
      continue;
    }
    const group = match[1] as string;
    const byIndex = rows.get(group) ?? new Map<number, Map<string, string>>();
    const row = byIndex.get(index) ?? new Map<string, string>();
    row.set(name, typeof raw === 'string' ? raw : (raw[0] ?? ''));
    byIndex.set(index, row);
    rows.set(group, byIndex);
  }
  for (const [group, byIndex] of rows) {
    const kept = [...byIndex.entries()]
      .sort(([a], [b]) => a - b)
      .map(([, row]) => row)
      .filter(
        (row) =>
          !row.has('_remove') && [...row.entries()].some(([name, value]) => name !== '_remove' && value.trim() !== ''),
      );
    kept.forEach((row, index) => {
      for (const [name, value] of row) values.set(`${group}.${index}.${name}`, value);
    });
  }
  return { values, unknown };
}
