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
import { type MappingProblem, mappingProblemText } from './mapping-problem.js';
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
  const problems: MappingProblem[] = parsed.success
    ? sense(parsed.data)
    : parsed.error.issues.map((issue) => ({
        code: 'schema',
        path: issue.path.join('.') || '(top)',
        words: { message: issue.message },
      }));
  if (problems.length > 0 || !parsed.success) {
    throw new ImportError('mapping_problems', { name, details: problems.map(mappingProblemText).join('\n') }, problems);
  }
  return parsed.data;
}

/** Checks a well-formed mapping makes sense: a title column, each field once, currency and country known. */
function sense(mapping: MappingFile): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const notOneOf = (path: string, value: string, choices: readonly string[]) =>
    problems.push({ code: 'not_one_of', path, words: { value, choices: choices.join(', ') } });
  const fields = Object.values(mapping.columns);
  const defaults = mapping.defaults ?? {};
  if (!fields.includes('title')) problems.push({ code: 'no_title_column', path: 'columns' });
  const seen = new Set<string>();
  for (const field of fields) {
    if (seen.has(field)) problems.push({ code: 'repeated_field', path: 'columns', words: { field } });
    seen.add(field);
  }
  const hasMoney = MONEY_FIELDS.some((field) => fields.includes(field));
  if (hasMoney && !fields.includes('currency') && defaults.currency === undefined) {
    problems.push({ code: 'no_currency', path: 'defaults' });
  }
  if (defaults.currency !== undefined && !(CURRENCIES as readonly string[]).includes(defaults.currency)) {
    notOneOf('defaults.currency', defaults.currency, CURRENCIES);
  }
  if (defaults.country !== undefined && countryCode(defaults.country) === null) {
    problems.push({ code: 'unknown_country', path: 'defaults.country', words: { value: defaults.country } });
  }
  if (defaults.period !== undefined && !(PROGRAMMING_PERIODS as readonly string[]).includes(defaults.period)) {
    notOneOf('defaults.period', defaults.period, PROGRAMMING_PERIODS);
  }
  for (const [source, target] of Object.entries(mapping.values?.fund ?? {})) {
    if (!(FUNDS as readonly string[]).includes(target)) {
      notOneOf(`values.fund."${source}"`, target, FUNDS);
    }
  }
  for (const [source, target] of Object.entries(mapping.values?.currency ?? {})) {
    if (!(CURRENCIES as readonly string[]).includes(target)) {
      notOneOf(`values.currency."${source}"`, target, CURRENCIES);
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
