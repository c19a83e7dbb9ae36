/** A submitted form: every field as text (or several texts), plus at most one uploaded file. */
export interface FormBody {
  readonly fields: Readonly<Record<string, string | readonly string[]>>;
  readonly file: Buffer | null;
}

interface MultipartPart {
  readonly type?: string;
  readonly value?: unknown;
}

function isPart(value: unknown): value is MultipartPart {
  return typeof value === 'object' && value !== null && 'type' in value;
}

/**
 * Turns what Fastify parsed (a urlencoded object, or multipart parts with the file already
 * buffered) into one shape. Anything else (JSON, nested objects) yields no fields.
 */
export function toFormBody(body: unknown): FormBody {
  if (typeof body !== 'object' || body === null || Buffer.isBuffer(body)) return { fields: {}, file: null };
  const fields: Record<string, string | string[]> = {};
  let file: Buffer | null = null;
  for (const [key, raw] of Object.entries(body as Record<string, unknown>)) {
    const values = Array.isArray(raw) ? raw : [raw];
    const texts: string[] = [];
    for (const value of values) {
      if (typeof value === 'string') texts.push(value);
      else if (isPart(value) && value.type === 'file' && Buffer.isBuffer(value.value)) {
        file = value.value.length > 0 ? value.value : file;
        fields[key] = fields[key] ?? '';
      } else if (isPart(value) && value.type === 'field' && typeof value.value === 'string') texts.push(value.value);
    }
    if (texts.length === 1) fields[key] = texts[0] as string;
    else if (texts.length > 1) fields[key] = texts;
  }
  return { fields, file };
}

/** One text field; the first value if it was sent twice. */
export function field(body: FormBody, name: string): string {
  const value = body.fields[name];
  if (value === undefined) return '';
  return typeof value === 'string' ? value : (value[0] ?? '');
}

export function fieldList(body: FormBody, name: string): string[] {
  const value = body.fields[name];
  if (value === undefined) return [];
  return typeof value === 'string' ? [value] : [...value];
}

/** Names of fields a form does not have: a tampered form is refused, not half-read. */
export function unknownFields(body: FormBody, isKnown: (name: string) => boolean): string[] {
  return Object.keys(body.fields).filter((name) => name !== '_csrf' && !isKnown(name));
}
