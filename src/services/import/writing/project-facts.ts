import { FUNDING_SOURCES, type FundingSource } from '../../../domain/codes.js';
import type { Money } from '../../../domain/money.js';
import type { FundingLine } from '../../../domain/project.js';
import type { ResolvedProject } from '../../../storage/repositories/project-writer.js';
import type { ProjectFactPath } from '../incoming.js';

/** Facts with references already turned into ids ('programme' → programme id, …). */
export type ResolvedFacts = ReadonlyMap<ProjectFactPath, unknown>;

const SIMPLE_PATHS = new Set<string>([
  'slug',
  'title',
  'summary',
  'description',
  'goal',
  'results',
  'translations',
  'contractNumber',
  'priorityAxis',
  'measure',
  'subMeasure',
  'funds',
  'period',
  'category',
  'status',
  'startDate',
  'endDate',
  'currency',
  'totalValue',
  'eligibleExpenditure',
  'cofinancing',
  'funding',
  'places',
  'phases',
  'updates',
  'indicators',
  'links',
  'relations',
  'groups',
  'contact',
  'website',
  'logoUrl',
  'editorialState',
  'provenance',
  'isDemo',
  // Photos of our own export, kept as a part of their own (see PhotoRecord).
  'photos',
]);

function fundingAmount(lines: readonly FundingLine[], source: FundingSource): Money | null {
  const matching = lines.filter((line) => line.source === source);
  if (matching.length === 0) return null;
  const [first] = matching as [FundingLine];
  return { amount: matching.reduce((sum, line) => sum + line.amount.amount, 0), currency: first.amount.currency };
}

/** The value a project has for a fact path, in the form incoming facts use. */
export function factOf(project: ResolvedProject, path: ProjectFactPath): unknown {
  if (SIMPLE_PATHS.has(path)) return project[path as keyof ResolvedProject];
  if (path.startsWith('externalIds.')) {
    return project.externalIds[path.slice('externalIds.'.length) as keyof ResolvedProject['externalIds']];
  }
  if (path.startsWith('funding.'))
    return fundingAmount(project.funding, path.slice('funding.'.length) as FundingSource);
  if (path === 'programme') return project.programmeId;
  if (path === 'beneficiary') return project.beneficiaryId;
  if (path === 'partners') return project.partners;
  if (path === 'topics') return project.topicIds;
  throw new Error(`Unknown fact ${path}`);
}

/**
 * A project with the facts written over it. Funding lines from sources the facts name
 * are replaced (a null amount removes the line); lines from other sources stay as they are.
 */
export function withFacts(project: ResolvedProject, facts: ResolvedFacts): ResolvedProject {
  const next: Record<string, unknown> = { ...project };
  writeFacts(next, facts);
  return next as unknown as ResolvedProject;
}

/** Writes the facts into a project object being built (see `withFacts`). */
export function writeFacts(next: Record<string, unknown>, facts: ResolvedFacts): void {
  let funding: FundingLine[] | null = null;
  for (const [path, value] of facts) {
    if (SIMPLE_PATHS.has(path)) next[path] = value;
    else if (path.startsWith('externalIds.')) {
      next.externalIds = { ...(next.externalIds as object), [path.slice('externalIds.'.length)]: value };
    } else if (path.startsWith('funding.')) {
      const source = path.slice('funding.'.length) as FundingSource;
      const lines: FundingLine[] = (funding ?? [...(next.funding as FundingLine[])]).filter(
        (line) => line.source !== source,
      );
      if (value !== null) lines.push({ source, amount: value as Money });
      funding = lines;
    } else if (path === 'programme') next.programmeId = value;
    else if (path === 'beneficiary') next.beneficiaryId = value;
    else if (path === 'partners') next.partners = value;
    else if (path === 'topics') next.topicIds = value;
  }
  if (funding !== null) next.funding = inSourceOrder(funding);
}

function inSourceOrder(lines: FundingLine[]): FundingLine[] {
  return [...lines].sort((a, b) => FUNDING_SOURCES.indexOf(a.source) - FUNDING_SOURCES.indexOf(b.source));
}

/** Values compared the way a reader would: funds as a set, everything else exactly. */
export function sameFact(path: ProjectFactPath, a: unknown, b: unknown): boolean {
  if (path === 'funds' || path === 'topics') return canonical(sorted(a)) === canonical(sorted(b));
  return canonical(a) === canonical(b);
}

function sorted(value: unknown): unknown {
  return Array.isArray(value) ? [...value].sort() : value;
}

/** JSON with object keys in a fixed order, so equal values always serialise the same. */
export function canonical(value: unknown): string {
  return JSON.stringify(value ?? null, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

/** The paths whose values differ between a stored project and the facts. */
export function changedPaths(stored: ResolvedProject, facts: ResolvedFacts): ProjectFactPath[] {
  const changed: ProjectFactPath[] = [];
  const merged = withFacts(stored, facts);
  for (const path of facts.keys()) {
    if (!sameFact(path, factOf(stored, path), factOf(merged, path))) changed.push(path);
  }
  return changed;
}

/** The patch that writes the changed facts: each path becomes the stored field it lives in. */
export function patchOf(merged: ResolvedProject, paths: readonly ProjectFactPath[]): Partial<ResolvedProject> {
  const patch: Record<string, unknown> = {};
  for (const path of paths) {
    if (SIMPLE_PATHS.has(path)) patch[path] = merged[path as keyof ResolvedProject];
    else if (path.startsWith('externalIds.')) patch.externalIds = merged.externalIds;
    else if (path.startsWith('funding.')) patch.funding = merged.funding;
    else if (path === 'programme') patch.programmeId = merged.programmeId;
    else if (path === 'beneficiary') patch.beneficiaryId = merged.beneficiaryId;
    else if (path === 'partners') patch.partners = merged.partners;
    else if (path === 'topics') patch.topicIds = merged.topicIds;
  }
  return patch as Partial<ResolvedProject>;
}
