import { z } from 'zod';
import { IMPORT_FORMATS, type ImportFormatChoice } from '../../../services/import/format-choices.js';
import type { UploadedFile } from './uploaded-files.js';

/** What the import form sent: the choices as text (to show again if refused) and the files. */
export interface ImportForm {
  readonly format: string;
  readonly dryRun: boolean;
  readonly file: UploadedFile | null;
  readonly mapping: UploadedFile | null;
  /** Names of fields the form does not have. */
  readonly unknown: readonly string[];
}

const KNOWN_FIELDS = new Set(['_csrf', 'format', 'dryRun', 'file', 'mapping']);

export const FormatSchema = z.enum(IMPORT_FORMATS);

function isUploaded(value: unknown): value is UploadedFile {
  return typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'file';
}

/** The parts multipart parsing attached to the body: `{ type: 'field', value }` or a file part. */
function partValue(raw: unknown): unknown {
  const part = Array.isArray(raw) ? raw[0] : raw;
  return typeof part === 'object' && part !== null && 'value' in part ? (part as { value: unknown }).value : part;
}

export function readImportForm(body: unknown): ImportForm {
  const fields = typeof body === 'object' && body !== null ? (body as Record<string, unknown>) : {};
  const text = (name: string) => {
    const value = partValue(fields[name]);
    return typeof value === 'string' ? value : '';
  };
  const upload = (name: string) => {
    const value = partValue(fields[name]);
    return isUploaded(value) && value.fileName !== '' ? value : null;
  };
  return {
    format: text('format') || 'auto',
    dryRun: text('dryRun') === '1',
    file: upload('file'),
    mapping: upload('mapping'),
    unknown: Object.keys(fields).filter((name) => !KNOWN_FIELDS.has(name)),
  };
}

export function formatChoice(value: string): ImportFormatChoice | null {
  const parsed = FormatSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}
