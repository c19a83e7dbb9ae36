import { z } from 'zod';
import { ENDPOINTS, type Endpoint, type JsonEndpoint } from './endpoints.js';
import { RESPONSE_EXAMPLES } from './response-examples.js';
import { apiComponents, ErrorResponseSchema } from './schemas/common.js';
import { API_BASE, pageUrl } from './urls.js';

type JsonSchema = Record<string, unknown>;

export type OpenApiParameter = {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description?: string;
  example?: unknown;
  schema: JsonSchema;
};

export type OpenApiOperation = {
  operationId: string;
  summary: string;
  description: string;
  tags: string[];
  parameters: OpenApiParameter[];
  responses: Record<
    string,
    {
      description: string;
      headers?: Record<string, { description: string; schema: JsonSchema }>;
      /** A whole answer, for JSON endpoints (`response-examples.ts`). */
      content: Record<string, { schema: JsonSchema; example?: unknown }>;
    }
  >;
};

export type OpenApiDocument = {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string; license: { name: string; url: string } };
  servers: { url: string }[];
  paths: Record<string, { get: OpenApiOperation }>;
  components: { schemas: Record<string, JsonSchema> };
};

const TARGET = 'draft-2020-12';
const componentRef = (id: string): string => `#/components/schemas/${id}`;

let cachedDocument: OpenApiDocument | undefined;

/** The document of the live API: built on first use, then kept, since the schemas never change at run time. */
export function getOpenApiDocument(): OpenApiDocument {
  cachedDocument ??= buildOpenApiDocument(Object.values(ENDPOINTS));
  return cachedDocument;
}

/** The document as served: the licence as an absolute URL of this portal's public origin. */
export function getPublishedOpenApiDocument(origin: string): OpenApiDocument {
  const document = getOpenApiDocument();
  const license = { ...document.info.license, url: `${origin}${pageUrl.licence.en}` };
  return { ...document, info: { ...document.info, license } };
}

export function buildOpenApiDocument(endpoints: readonly Endpoint[]): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {};
  for (const endpoint of endpoints) paths[`${API_BASE}${endpoint.path}`] = { get: describeOperation(endpoint) };
  return {
    openapi: '3.1.0',
    info: {
      title: 'Spójnia API',
      version: '1',
      description: [
        'Read-only open data about EU-funded projects: no key, no row cap, CORS open to every origin.',
        'Money is exact: a decimal string plus integer minor units, never a float. Dates are YYYY-MM-DD.',
        'Every error has the shape of the Error schema. The data is licensed under CC BY 4.0: name the source (see the licence page); every answer links to it in a `Link: <…>; rel="license"` header.',
        'Rate limit: a generous number of requests per minute per client address (600 unless the operator set otherwise). Every answer carries `RateLimit-Limit`, `RateLimit-Remaining`, `RateLimit-Reset` (seconds) and `RateLimit-Policy`; going over gets `429` with `Retry-After` (seconds) and an Error whose `retryAfter` says the same.',
      ].join('\n\n'),
      license: { name: 'CC BY 4.0 (data)', url: pageUrl.licence.en },
    },
    servers: [{ url: '/' }],
    paths,
    components: { schemas: describeComponents() },
  };
}

/** Every registered response schema, its references to the others as `#/components/schemas/…`. */
function describeComponents(): Record<string, JsonSchema> {
  const { schemas } = z.toJSONSchema(apiComponents, { target: TARGET, io: 'output', uri: componentRef });
  const components: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(schemas)) {
    // Each entry is emitted as a standalone document; inside OpenAPI the dialect and id come from the document.
    const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
    components[id] = rest;
  }
  return components;
}

function describeOperation(endpoint: Endpoint): OpenApiOperation {
  const parameters = [...describeParameters(endpoint.params, 'path'), ...describeParameters(endpoint.query, 'query')];
  const responses: OpenApiOperation['responses'] = {
    '200':
      endpoint.kind === 'json'
        ? { description: 'Success', content: { 'application/json': successContent(endpoint) } }
        : endpoint.kind === 'file'
          ? {
              description: endpoint.fileDescription,
              content: { [endpoint.mediaType]: { schema: { type: 'string', format: 'binary' } } },
            }
          : { description: 'An HTML page', content: { 'text/html': { schema: { type: 'string' } } } },
  };
  if (parameters.length > 0) responses['400'] = errorResponse('A parameter is invalid; `problems` names each one');
  if (endpoint.params) responses['404'] = errorResponse('Nothing under this slug; drafts count as nothing');
  responses['429'] = {
    ...errorResponse('Too many requests from this address this minute; try again after `Retry-After` seconds'),
    headers: {
      'Retry-After': { description: 'Seconds until a request will be answered again', schema: { type: 'integer' } },
    },
  };
  return {
    operationId: endpoint.operationId,
    summary: endpoint.summary,
    description: endpoint.description,
    tags: [endpoint.tag],
    parameters,
    responses,
  };
}

/** The schema of a JSON answer, and a whole example of one when there is. */
function successContent(endpoint: JsonEndpoint): { schema: JsonSchema; example?: unknown } {
  const example = RESPONSE_EXAMPLES[endpoint.operationId];
  return example === undefined ? { schema: refTo(endpoint.response) } : { schema: refTo(endpoint.response), example };
}

function errorResponse(description: string): OpenApiOperation['responses'][string] {
  return { description, content: { 'application/json': { schema: refTo(ErrorResponseSchema) } } };
}

function refTo(schema: z.ZodType): JsonSchema {
  const id = apiComponents.get(schema)?.id;
  if (!id) throw new Error('A response schema must be registered in apiComponents to be documented');
  return { $ref: componentRef(id) };
}

/**
 * Parameters from the request schema itself, read as input (what a client sends): defaults
 * make a parameter optional, and its description and first example move up to the parameter.
 */
function describeParameters(schema: z.ZodObject | undefined, location: 'path' | 'query'): OpenApiParameter[] {
  if (!schema) return [];
  const json = z.toJSONSchema(schema, { target: TARGET, io: 'input' }) as {
    properties?: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, examples, ...rest } = property;
    const parameter: OpenApiParameter = {
      name,
      in: location,
      required: location === 'path' || (json.required ?? []).includes(name),
      schema: rest,
    };
    if (typeof description === 'string') parameter.description = description;
    if (Array.isArray(examples) && examples.length > 0) parameter.example = examples[0];
    return parameter;
  });
}
