import { describe, expect, it } from 'vitest';
import { DOCUMENT_COLUMNS, DocStore } from './doc-store.js';
import { countFacet } from './facet-counts.js';

/** A row of `search_documents` in DOCUMENT_COLUMNS order, with a beneficiary and topics. */
function row(id: number, beneficiary: number, topics: string): unknown[] {
  const values: Record<string, unknown> = {
    project_id: id,
    programme_id: 1,
    period: '2014-2020',
    status: 'completed',
    category: null,
    currency: 'PLN',
    funds: 'ERDF',
    beneficiary_id: beneficiary,
    start_day: 17000,
    end_day: 17500,
    total_value: 100_00,
    cofinancing: 80_00,
    topic_ids: topics,
    voivodeships: '',
    municipalities: '',
    partner_countries: '',
  };
  return DOCUMENT_COLUMNS.map((column) => values[column]);
}

/** 3 000 documents, 1 500 beneficiaries (two projects each), up to five topics (more than the column's slots). */
function store(): DocStore {
  const documents = new DocStore();
  for (let id = 1; id <= 3000; id += 1) {
    const topics = Array.from({ length: 1 + (id % 5) }, (_, index) => String(1 + ((id + index) % 7))).join(' ');
    documents.put(row(id, 1 + (id % 1500), topics));
  }
  return documents;
}

function naive(documents: DocStore, facet: 'beneficiary' | 'topic', ids: readonly number[]): Map<number, number> {
  const counts = new Map<number, number>();
  const scratch: number[] = [];
  for (const id of ids) {
    for (const value of documents.columns[facet].valuesOf(id, scratch)) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return counts;
}

describe('countFacet', () => {
  it('counts a few results the same as every result would be counted, most frequent first, ties by value', () => {
    const documents = store();
    for (const ids of [[7, 1507, 8, 2], Array.from({ length: 3000 }, (_, index) => index + 1)]) {
      const sample = { ids: Int32Array.from(ids), scale: 1 };
      for (const facet of ['beneficiary', 'topic'] as const) {
        const expected = [...naive(documents, facet, ids)]
          .sort(([valueA, countA], [valueB, countB]) => countB - countA || valueA - valueB)
          .slice(0, 5)
          .map(([value, count]) => ({ value, count }));
        const counted = countFacet(documents, facet, sample, 5, []);
        expect(counted.values).toEqual(expected);
        expect(counted.distinct).toBe(naive(documents, facet, ids).size);
      }
    }
  });

  it('leaves nothing behind for the next request, and reports chosen values even when absent', () => {
    const documents = store();
    countFacet(documents, 'beneficiary', { ids: Int32Array.from([7, 1507]), scale: 1 }, 5, []);
    const next = countFacet(documents, 'beneficiary', { ids: Int32Array.from([9]), scale: 1 }, 5, [3]);
    expect(next.values).toEqual([
      { value: documents.dictionaries.beneficiary.find(10), count: 1 },
      { value: 3, count: 0 },
    ]);
  });
});
