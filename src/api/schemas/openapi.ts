import { z } from 'zod';
import { apiComponents } from './common.js';

/** Just enough of an OpenAPI document to describe the one this API serves about itself. */
export const OpenApiDocumentSchema = z
  .looseObject({
    openapi: z.literal('3.1.0'),
    info: z.looseObject({ title: z.string(), version: z.string() }),
    paths: z.record(z.string(), z.record(z.string(), z.unknown())),
    components: z.looseObject({ schemas: z.record(z.string(), z.unknown()) }),
  })
  .meta({ description: 'An OpenAPI 3.1 document: https://spec.openapis.org/oas/v3.1.0' })
  .register(apiComponents, { id: 'OpenApiDocument' });
