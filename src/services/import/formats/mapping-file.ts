import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { z } from 'zod';
import { FUNDS, PROGRAMMING_PERIODS } from '../../../domain/codes.js';
import { CURRENCIES } from '../../../domain/money.js';
import { IMPORT_FIELDS, type ImportField } from '../fields.js';
import { ImportError } from '../import-error.js';
import { isKnownEncoding } from '../source/text-encoding.js';
import { translationKey } from '../tabular/row-cells.js';
import { countryCode } from '../values/countries.js';
import { type TabularFormat, TRANSLATABLE_FIELDS, type TranslatableField } from './tabular-format.js';

const fieldName = z.enum(IMPORT_FIELDS, {
  error: (issue) => `"${String(issue.input)}" is not a field; fields are: ${IMPORT_FIELDS.join(', ')}`,
});

/** The mapping file a person writes to import any list of operations: which header is which field. */
export const MappingFileSchema = z
  .object({
    name: z.string().optional(),
    encoding: z
      .string()
      .refine(isKnownEncoding, { message: 'is not an encoding we know (e.g. utf-8, windows-1250, iso-8859-2)' })
      .optional(),
    delimiter: z.string().length(1, 'is one character, e.g. "," or ";"').optional(),
    sheet: z.string().min(1).optional(),
    headerRow: z.number().int().min(1).optional(),
    decimalSeparator: z.enum([',', '.']).optional(),
    dateOrder: z.enum(['dmy', 'mdy']).optional(),
    columns: z.record(z.string(), fieldName),
    defaults: z.partialRecord(fieldName, z.string()).optional(),
    values: z.partialRecord(z.enum(TRANSLATABLE_FIELDS), z.record(z.string(), z.string())).optional(),
  })
  .strict();
export type MappingFile = z.infer<typeof MappingFileSchema>;

const MONEY_FIELDS: readonly ImportField[] = [
  'totalValue',
  'eligibleExpenditure',
  'cofinancing',
  'euAmount',
  'stateBudget',
  'cofinancingRate',
];

/** Reads and checks a mapping file; every problem is named at once. */
export async function loadMappingFile(path: string): Promise<MappingFile> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new ImportError('mapping_unreadable', { name: basename(path) });
  }
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw new ImportError('mapping_not_json', { name: basename(path), detail: (error as Error).message });
  }
  return checkMappingFile(json, basename(path));
}

export function checkMappingFile(json: unknown, name = 'mapping file'): MappingFile {
  const parsed = MappingFileSchema.safeParse(json);
  const problems = parsed.success
    ? sense(parsed.data)
    : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(top)'}: ${issue.message}`);
  if (problems.length > 0 || !parsed.success) {
    throw new ImportError('mapping_problems', { name, details: problems.join('\n') });
  }
  return parsed.data;
}

/** Checks a well-formed mapping makes sense: a title column, each field once, currency and country known. */
function sense(mapping: MappingFile): string[] {
  const problems: string[] = [];
  const fields = Object.values(mapping.columns);
  const defaults = mapping.defaults ?? {};
  if (!fields.includes('title')) problems.push('columns: no column is mapped to "title"');
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field)) problems.push(`columns: more than one column is mapped to "${field}"`);
    seen.add(field);
  }
  const hasMoney = MONEY_FIELDS.some((field) => fields.includes(field));
  if (hasMoney && !fields.includes('currency') && defaults.currency === undefined) {
    problems.push(
      'defaults: amounts are mapped but no currency is; add "currency": "PLN" (or EUR, HRK, …) to "defaults"',
    );
  }
  if (defaults.currency !== undefined && !(CURRENCIES as readonly string[]).includes(defaults.currency)) {
    problems.push(`defaults.currency: "${defaults.currency}" is not one of ${CURRENCIES.join(', ')}`);
  }
  if (defaults.country !== undefined && countryCode(defaults.country) === null) {
    problems.push(`defaults.country: "${defaults.country}" is not a country we know; use its ISO code, e.g. "HR"`);
  }
  if (defaults.period !== undefined && !(PROGRAMMING_PERIODS as readonly string[]).includes(defaults.period)) {
    problems.push(`defaults.period: "${defaults.period}" is not one of ${PROGRAMMING_PERIODS.join(', ')}`);
  }
  for (const [source, target] of Object.entries(mapping.values?.fund ?? {})) {
    if (!(FUNDS as readonly string[]).includes(target)) {
      problems.push(`values.fund."${source}": "${target}" is not one of ${FUNDS.join(', ')}`);
    }
  }
  for (const [source, target] of Object.entries(mapping.values?.currency ?? {})) {
    if (!(CURRENCIES as readonly string[]).includes(target)) {
      problems.push(`values.currency."${source}": "${target}" is not one of ${CURRENCIES.join(', ')}`);
    }
  }
  return problems;
}

/** The layout a mapping file describes. */
export function mappingFormat(mapping: MappingFile): TabularFormat {
  const byField = new Map<ImportField, string[]>();
  for (const [header, field] of Object.entries(mapping.columns)) byField.set(field, [header]);
  const defaults = mapping.defaults ?? {};
  const values: Partial<Record<TranslatableField, ReadonlyMap<string, string>>> = {};
  for (const [field, table] of Object.entries(mapping.values ?? {}) as [TranslatableField, Record<string, string>][]) {
    values[field] = new Map(Object.entries(table).map(([source, target]) => [translationKey(source), target]));
  }
  const country = defaults.country === undefined ? undefined : (countryCode(defaults.country) ?? undefined);
  return {
    id: 'mapping',
    label: mapping.name ? `mapping "${mapping.name}"` : 'mapping file',
    fields: [...byField].map(([field, aliases]) => ({ field, aliases })),
    knownColumns: [],
    required: [...byField.keys()],
    conventions: {
      ...(mapping.decimalSeparator ? { decimalSeparator: mapping.decimalSeparator } : {}),
      ...(mapping.dateOrder ? { dateOrder: mapping.dateOrder } : {}),
      ...(country ? { country } : {}),
      defaults: { ...defaults, ...(country ? { country } : {}) },
      values,
    },
    hints: {
      ...(mapping.encoding ? { encoding: mapping.encoding } : {}),
      ...(mapping.delimiter ? { delimiter: mapping.delimiter } : {}),
      ...(mapping.sheet ? { sheet: mapping.sheet } : {}),
      ...(mapping.headerRow ? { headerRow: mapping.headerRow } : {}),
    },
  };
}
