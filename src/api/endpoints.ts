import type { z } from 'zod';
import { EXPORT_ENDPOINTS } from './export-endpoints.js';
import { OpenApiDocumentSchema } from './schemas/openapi.js';
import {
  OrganisationListSchema,
  OrganisationProfileSchema,
  organisationListQuerySchema,
  organisationParamsSchema,
  organisationQuerySchema,
} from './schemas/organisations.js';
import {
  ProgrammeListSchema,
  ProgrammeProfileSchema,
  programmeParamsSchema,
  programmeQuerySchema,
  TopicListSchema,
  TopicProfileSchema,
  topicParamsSchema,
  topicQuerySchema,
} from './schemas/programmes.js';
import { ProjectSchema } from './schemas/project-detail.js';
import { ProjectSearchSchema, projectSearchQuerySchema } from './schemas/project-search.js';
import { projectParamsSchema } from './schemas/projects.js';
import { STATS_ENDPOINT } from './stats-endpoint.js';

interface EndpointContract {
  readonly operationId: string;
  /** Path under API_BASE in OpenAPI form: '' for the base itself, '/projects/{slug}'. */
  readonly path: string;
  readonly tag: 'projects' | 'exports' | 'stats' | 'organisations' | 'programmes' | 'topics' | 'documentation';
  readonly summary: string;
  readonly description: string;
  readonly params?: z.ZodObject;
  readonly query?: z.ZodObject;
}

export interface JsonEndpoint extends EndpointContract {
  readonly kind: 'json';
  readonly response: z.ZodType;
}

export interface HtmlEndpoint extends EndpointContract {
  readonly kind: 'html';
}

/** A file download (an export): its media type and what the file holds. */
export interface FileEndpoint extends EndpointContract {
  readonly kind: 'file';
  readonly mediaType: string;
  readonly fileDescription: string;
}

export type Endpoint = JsonEndpoint | HtmlEndpoint | FileEndpoint;

/**
 * The route table: every GET of API v1 with the schemas that validate its input and
 * describe its answer. Routes register from it and the OpenAPI document is built from it,
 * so the two cannot disagree.
 */
export const ENDPOINTS = {
  listProjects: {
    kind: 'json',
    operationId: 'listProjects',
    path: '/projects',
    tag: 'projects',
    summary: 'Search and list published projects',
    description: [
      'Full-text and faceted search over published projects; without parameters, every project, newest start first.',
      'Words match as prefixes regardless of case and diacritics (lodz finds Łódź), "quoted words" match as a phrase and -word excludes.',
      'Values of one facet are alternatives (OR); facets combine with AND. Facet counts are disjunctive: a value counts the results it would give with the other facets kept.',
      'Paging is by cursor (keyset), without a depth limit: follow links.next, or pass meta.nextCursor as cursor, until it is null.',
      'Nothing in a query is refused except an out-of-range pageSize: what cannot be used is ignored and listed in meta.ignored.',
    ].join(' '),
    query: projectSearchQuerySchema,
    response: ProjectSearchSchema,
  },
  ...EXPORT_ENDPOINTS,
  getStats: STATS_ENDPOINT,
  getProject: {
    kind: 'json',
    operationId: 'getProject',
    path: '/projects/{slug}',
    tag: 'projects',
    summary: 'Get one project',
    description: 'Every fact of a published project, with its co-financing rate, own contribution and hints.',
    params: projectParamsSchema,
    response: ProjectSchema,
  },
  listOrganisations: {
    kind: 'json',
    operationId: 'listOrganisations',
    path: '/organisations',
    tag: 'organisations',
    summary: 'List organisations',
    description:
      'One page of organisations (beneficiaries and partners) by name, each with the number of its published projects; filter by country and kind.',
    query: organisationListQuerySchema,
    response: OrganisationListSchema,
  },
  getOrganisation: {
    kind: 'json',
    operationId: 'getOrganisation',
    path: '/organisations/{slug}',
    tag: 'organisations',
    summary: 'Get one organisation with its projects',
    description:
      'An organisation, the published projects it carries out as beneficiary and takes part in as partner, and their totals.',
    params: organisationParamsSchema,
    query: organisationQuerySchema,
    response: OrganisationProfileSchema,
  },
  listProgrammes: {
    kind: 'json',
    operationId: 'listProgrammes',
    path: '/programmes',
    tag: 'programmes',
    summary: 'List programmes',
    description: 'Every funding programme with the number of its published projects.',
    response: ProgrammeListSchema,
  },
  getProgramme: {
    kind: 'json',
    operationId: 'getProgramme',
    path: '/programmes/{slug}',
    tag: 'programmes',
    summary: 'Get one programme with its projects',
    description: 'A programme, a page of its published projects and their totals.',
    params: programmeParamsSchema,
    query: programmeQuerySchema,
    response: ProgrammeProfileSchema,
  },
  listTopics: {
    kind: 'json',
    operationId: 'listTopics',
    path: '/topics',
    tag: 'topics',
    summary: 'List topics',
    description: 'Every topic, with Polish and English names; filter projects with `?topic={slug}`.',
    response: TopicListSchema,
  },
  getTopic: {
    kind: 'json',
    operationId: 'getTopic',
    path: '/topics/{slug}',
    tag: 'topics',
    summary: 'Get one topic with its projects',
    description: 'A topic, a page of its published projects and their totals.',
    params: topicParamsSchema,
    query: topicQuerySchema,
    response: TopicProfileSchema,
  },
  getOpenApiDocument: {
    kind: 'json',
    operationId: 'getOpenApiDocument',
    path: '/openapi.json',
    tag: 'documentation',
    summary: 'This API described in OpenAPI 3.1',
    description: 'Generated from the same schemas that validate requests and shape responses.',
    response: OpenApiDocumentSchema,
  },
  getApiIndex: {
    kind: 'html',
    operationId: 'getApiIndex',
    path: '',
    tag: 'documentation',
    summary: 'API documentation page',
    description: 'A page for people listing every endpoint and its parameters.',
  },
  getApiDocs: {
    kind: 'html',
    operationId: 'getApiDocs',
    path: '/docs',
    tag: 'documentation',
    summary: 'API documentation page',
    description: 'The same page as the API root, under a name people guess.',
  },
} as const satisfies Record<string, Endpoint>;

/** Fastify's form of an endpoint path, relative to the plugin prefix: '/projects/:slug'. */
export function routePath(endpoint: Endpoint): string {
  return endpoint.path === '' ? '/' : endpoint.path.replace(/\{(\w+)\}/g, ':$1');
}
