import type { ProjectSummary } from '../../domain/project.js';
import type { FacetName } from '../../domain/search-facets.js';
import { searchWords } from '../../domain/search-text.js';
import type { SpojniaDb } from '../database.js';
import { findProjectSummariesByIds } from '../repositories/project-list.js';
import { searchEngineFor } from './engines.js';
import type { DocStore } from './facet-engine/doc-store.js';
import { postingsOf } from './facet-engine/postings.js';
import { TopK } from './facet-engine/top-k.js';

/** How much sharing each thing counts towards "similar". */
const WEIGHTS: Partial<Record<FacetName, number>> = {
  municipality: 3,
  topic: 2,
  programme: 1.5,
  voivodeship: 1,
  beneficiary: 1,
};
const SHARED_WORD_WEIGHT = 1.5;
const MAX_SHARED_WORDS = 3;
/** The best-scoring projects by shared facets whose titles are then compared word by word. */
const TITLE_CANDIDATES = 60;
const MIN_SCORE = 2;
const MIN_WORD_LENGTH = 4;

let scoresScratch = new Float32Array(0);

/**
 * Projects like this one: sharing its municipality, topics, programme, voivodeship or
 * beneficiary (from the facet index's inverted lists), then words of the title among the
 * best of those. Costs a few milliseconds at a million projects.
 */
export async function findSimilarProjects(db: SpojniaDb, projectId: number, limit: number): Promise<ProjectSummary[]> {
  const engine = await searchEngineFor(db);
  const store = await engine.ready();
  if (projectId >= store.capacity || store.visible[projectId] !== 1) return [];
  const shortlist = scoreByFacets(store, projectId);
  if (shortlist.length === 0) return [];
  const found = await findProjectSummariesByIds(db, [projectId, ...shortlist.map((entry) => entry.id)]);
  const own = found.find((entry) => entry.id === projectId);
  if (!own) return [];
  const ownWords = titleWords(own.summary.title);
  const ranked = found
    .filter((entry) => entry.id !== projectId)
    .map((entry) => {
      const base = shortlist.find((candidate) => candidate.id === entry.id)?.score ?? 0;
      const shared = [...titleWords(entry.summary.title)].filter((word) => ownWords.has(word)).length;
      return { entry, score: base + SHARED_WORD_WEIGHT * Math.min(shared, MAX_SHARED_WORDS) };
    })
    .filter((candidate) => candidate.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || b.entry.id - a.entry.id);
  return ranked.slice(0, limit).map((candidate) => candidate.entry.summary);
}

function scoreByFacets(store: DocStore, projectId: number): { id: number; score: number }[] {
  if (scoresScratch.length < store.capacity) scoresScratch = new Float32Array(store.capacity);
  const scores = scoresScratch;
  const touched: number[] = [];
  const values: number[] = [];
  for (const [facet, weight] of Object.entries(WEIGHTS) as [FacetName, number][]) {
    const { offsets, ids } = postingsOf(store, facet);
    for (const value of store.columns[facet].valuesOf(projectId, values)) {
      for (let at = offsets[value] as number; at < (offsets[value + 1] as number); at += 1) {
        const id = ids[at] as number;
        if (scores[id] === 0) touched.push(id);
        scores[id] = (scores[id] as number) + weight;
      }
    }
  }
  const best = new TopK(TITLE_CANDIDATES);
  for (const id of touched) {
    // Newer projects (higher ids) win ties; the key is negated because TopK keeps the smallest.
    if (id !== projectId) best.offer(-(scores[id] as number), -id);
    scores[id] = 0;
  }
  return best.sorted().map(({ key, id }) => ({ id: -id, score: -key }));
}

function titleWords(title: string): Set<string> {
  return new Set(searchWords(title).filter((word) => word.length >= MIN_WORD_LENGTH));
}
