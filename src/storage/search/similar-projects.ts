import type { ProjectSummary } from '../../domain/project.js';
import type { FacetName } from '../../domain/search-facets.js';
import { searchWords } from '../../domain/search-text.js';
import type { SpojniaDb } from '../database.js';
import { findProjectSummariesByIds } from '../repositories/project-list.js';
import { searchEngineFor } from './engines.js';
import type { DocStore } from './facet-engine/doc-store.js';
import { postingsOf } from './facet-engine/postings.js';
import { TopK } from './facet-engine/top-k.js';

/** How much each shared value counts towards "similar", in the order candidates are gathered. */
const WEIGHTS: readonly [FacetName, number][] = [
  ['municipality', 3],
  ['beneficiary', 1],
  ['topic', 2],
  ['programme', 1.5],
  ['voivodeship', 1],
];
const SHARED_WORD_WEIGHT = 1.5;
const MAX_SHARED_WORDS = 3;
/** Candidates are gathered from the inverted lists of the project's values, at most this many from one list. */
const MAX_FROM_ONE_LIST = 20_000;
/** Enough candidates: later (larger) lists are not read. */
const ENOUGH_CANDIDATES = 2_000;
/** The best-scoring candidates whose titles are then compared word by word. */
const TITLE_CANDIDATES = 60;
const MIN_SCORE = 2;
const MIN_WORD_LENGTH = 4;

let marks = new Uint8Array(0);

/**
 * Projects like this one: sharing its municipality, beneficiary, topics, programme or
 * voivodeship, then words of the title among the best of those. Candidates come from the
 * facet index's inverted lists, smallest useful ones first and a bounded number from each,
 * so a project page costs a few milliseconds at a million projects.
 */
export async function findSimilarProjects(db: SpojniaDb, projectId: number, limit: number): Promise<ProjectSummary[]> {
  const engine = await searchEngineFor(db);
  const store = await engine.ready();
  if (projectId >= store.capacity || store.visible[projectId] !== 1) return [];
  const shortlist = scoreCandidates(store, projectId, gatherCandidates(store, projectId));
  if (shortlist.length === 0) return [];
  // Titles only for the shortlist; full summaries only for the few shown.
  const titles = await db
    .selectFrom('projects')
    .select(['id', 'title'])
    .where('id', 'in', [projectId, ...shortlist.map((entry) => entry.id)])
    .execute();
  const ownTitle = titles.find((row) => row.id === projectId)?.title;
  if (ownTitle === undefined) return [];
  const ownWords = titleWords(ownTitle);
  const scores = new Map(shortlist.map((entry) => [entry.id, entry.score]));
  const ranked = titles
    .filter((row) => row.id !== projectId)
    .map((row) => {
      const shared = [...titleWords(row.title)].filter((word) => ownWords.has(word)).length;
      return { id: row.id, score: (scores.get(row.id) ?? 0) + SHARED_WORD_WEIGHT * Math.min(shared, MAX_SHARED_WORDS) };
    })
    .filter((candidate) => candidate.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || b.id - a.id);
  const shown = await findProjectSummariesByIds(
    db,
    ranked.slice(0, limit).map((candidate) => candidate.id),
  );
  return shown.map((entry) => entry.summary);
}

/** Visible projects sharing a value with this one, newest first within each list, deduplicated. */
function gatherCandidates(store: DocStore, projectId: number): number[] {
  if (marks.length < store.capacity) marks = new Uint8Array(store.capacity);
  const candidates: number[] = [];
  const values: number[] = [];
  for (const [facet] of WEIGHTS) {
    if (candidates.length >= ENOUGH_CANDIDATES) break;
    const { offsets, ids } = postingsOf(store, facet);
    for (const value of store.columns[facet].valuesOf(projectId, values)) {
      const start = offsets[value] as number;
      const end = offsets[value + 1] as number;
      for (let at = end - 1; at >= Math.max(start, end - MAX_FROM_ONE_LIST); at -= 1) {
        const id = ids[at] as number;
        if (id === projectId || marks[id] === 1) continue;
        marks[id] = 1;
        candidates.push(id);
      }
    }
  }
  for (const id of candidates) marks[id] = 0;
  return candidates;
}

/** Each candidate scored by the values it shares with the project; the best TITLE_CANDIDATES kept. */
function scoreCandidates(
  store: DocStore,
  projectId: number,
  candidates: readonly number[],
): { id: number; score: number }[] {
  const own = WEIGHTS.map(([facet, weight]) => ({
    column: store.columns[facet],
    weight,
    values: new Set(store.columns[facet].valuesOf(projectId, [])),
  }));
  const scratch: number[] = [];
  const best = new TopK(TITLE_CANDIDATES);
  for (const id of candidates) {
    let score = 0;
    for (const { column, weight, values } of own) {
      for (const value of column.valuesOf(id, scratch)) if (values.has(value)) score += weight;
    }
    // Newer projects (higher ids) win ties; both are negated because TopK keeps the smallest.
    if (score > 0) best.offer(-score, -id);
  }
  return best.sorted().map(({ key, id }) => ({ id: -id, score: -key }));
}

function titleWords(title: string): Set<string> {
  return new Set(searchWords(title).filter((word) => word.length >= MIN_WORD_LENGTH));
}
