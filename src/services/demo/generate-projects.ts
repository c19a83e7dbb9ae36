import type { OrganisationInput } from '../../domain/organisation.js';
import type { ProjectInput } from '../../domain/project.js';
import { buildOrganisationPool } from './generator/organisations.js';
import { type GeneratorContext, generateProject } from './generator/project.js';

export interface DemoDataOptions {
  readonly count: number;
  /** Same seed, same registry; 2024 when left out. */
  readonly seed?: number;
}

const DEFAULT_SEED = 2024;

/**
 * Organisations the generated projects refer to (beneficiaries and partners), generated
 * first. The pool grows more slowly than the projects (about one per four, between 40 and
 * 5 000), so organisations carry many projects, as real beneficiaries do.
 */
export function generateDemoOrganisations(options: DemoDataOptions): OrganisationInput[] {
  return createContext(options).pool.organisations.map((organisation) => organisation.input);
}

/**
 * Lazily yields `count` projects; project i depends only on (seed, i) plus the organisation
 * pool, so a later bulk loader can stream a million of them quickly. Every project passes
 * validateProject with no errors and no warnings; statuses agree with the dates as seen on
 * the reference date 2026-11-21.
 */
export function generateDemoProjects(options: DemoDataOptions): Generator<ProjectInput> {
  // Built here rather than inside the generator, so bad options fail at the call.
  return projects(createContext(options), options.count);
}

function* projects(context: GeneratorContext, count: number, firstIndex = 0): Generator<ProjectInput> {
  for (let index = firstIndex; index < firstIndex + count; index += 1) yield generateProject(context, index);
}

export interface ScaleGenerator {
  /** Every organisation the projects may name, to be stored first. */
  readonly organisations: readonly OrganisationInput[];
  readonly projects: Generator<ProjectInput>;
}

/**
 * The generator for large synthetic registries (`spojnia generate`): the same projects as the
 * demo's, numbered from `firstIndex` so that a second run into the same registry adds new
 * slugs and contract numbers instead of clashing with the first.
 */
export function createScaleGenerator(options: DemoDataOptions & { readonly firstIndex: number }): ScaleGenerator {
  const context = createContext(options);
  return {
    organisations: context.pool.organisations.map((organisation) => organisation.input),
    projects: projects(context, options.count, options.firstIndex),
  };
}

function createContext(options: DemoDataOptions): GeneratorContext {
  if (!Number.isSafeInteger(options.count) || options.count < 0) {
    throw new RangeError(`Demo data count must be a whole number of at least 0, got ${options.count}`);
  }
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isFinite(seed)) throw new RangeError(`Demo data seed must be a number, got ${seed}`);
  return { seed: seed >>> 0, pool: buildOrganisationPool(seed >>> 0, options.count) };
}
