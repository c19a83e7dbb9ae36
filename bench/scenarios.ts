import Database from 'better-sqlite3';

/**
 * The fixed query mix. Words and facet values are drawn from the database itself with a fixed
 * seed, so the same database always gets the same requests:
 * - search-selective: one rare word (in 0.005–0.3 % of projects: a company, a small town)
 * - search-broad: common words (gmina, wsparcie, rozwoju, fundusze europejskie…)
 * - search-broadest: "projekt", in nearly every project, with every facet counted
 * - search-two-facets: a word in 2–20 % of projects plus a voivodeship and a status
 * - facet-only: one to three facets (or none) without words, in different orders
 * - deep-pages: facet-only pages reached by cursor after tens of thousands of results
 * - project-page: 300 popular project pages, each viewed before (served from the page cache)
 * - project-page-cold: 10 000 other project pages, none viewed before (rendered for the request)
 * Every search page also counts all 13 facets.
 */
export interface QueryMix {
  readonly selective: string[];
  readonly broad: string[];
  readonly broadest: string[];
  readonly twoFacets: string[];
  readonly facetOnly: string[];
  readonly projectPages: string[];
  readonly coldProjectPages: string[];
  /** Facet-only searches whose deep pages are reached by walking the API first. */
  readonly deepBases: { page: string; api: string }[];
}

const BROAD_WORDS = ['gmina', 'wsparcie', 'rozwoju', 'mieszkancow', 'funduszu', '"fundusze europejskie"', 'projekt'];
const SORTS = ['', 'value-desc', 'title-asc', 'start-asc', 'cofinancing-desc'];

/** A small seeded generator, so the mix does not change between runs. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function buildQueryMix(file: string): QueryMix {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const random = seeded(2024);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const total = Number(db.prepare('SELECT count(*) FROM search_documents').pluck().get());
    db.exec("CREATE VIRTUAL TABLE temp.vocabulary USING fts5vocab(main, 'search_text', 'row')");
    const wordsBetween = (low: number, high: number, limit: number) =>
      db
        .prepare(
          'SELECT term FROM temp.vocabulary WHERE doc BETWEEN ? AND ? AND length(term) > 5 AND term GLOB ? ORDER BY term LIMIT ?',
        )
        .pluck()
        .all(Math.max(1, Math.floor(total * low)), Math.ceil(total * high), '[a-z]*', limit) as string[];
    const rare = wordsBetween(0.00005, 0.003, 400);
    const medium = wordsBetween(0.02, 0.2, 200);
    const voivodeships = db
      .prepare("SELECT DISTINCT voivodeships FROM search_documents WHERE voivodeships NOT LIKE '% %' LIMIT 20")
      .pluck()
      .all() as string[];
    const programmes = db.prepare('SELECT slug FROM programmes').pluck().all() as string[];
    const topics = db.prepare('SELECT slug FROM topics').pluck().all() as string[];
    const statuses = ['planned', 'in_progress', 'completed'];
    const years = ['2016', '2018', '2019', '2021', '2023'];
    const page = (query: Record<string, string>) => `/projekty?${new URLSearchParams(query).toString()}`;

    const selective = Array.from({ length: 60 }, () => page({ q: pick(rare) }));
    const broad = BROAD_WORDS.map((word) => page({ q: word }));
    const twoFacets = Array.from({ length: 60 }, () =>
      page({ q: pick(medium), wojewodztwo: pick(voivodeships), status: pick(statuses) }),
    );
    const facetChoices = [
      () => ({ program: pick(programmes) }),
      () => ({ temat: pick(topics), status: pick(statuses) }),
      () => ({ wojewodztwo: pick(voivodeships), 'rok-rozpoczecia': pick(years), kategoria: 'investment' }),
      () => ({ wartosc: 'pln-1m-10m', fundusz: 'ERDF' }),
      () => ({}),
    ];
    const facetOnly = Array.from({ length: 60 }, () => {
      const query: Record<string, string> = { ...pick(facetChoices)() };
      const sort = pick(SORTS);
      if (sort) query.sortuj = sort;
      return page(query);
    });
    const ids = db.prepare('SELECT project_id FROM search_documents ORDER BY project_id').pluck().all() as number[];
    const slugOf = db.prepare('SELECT slug FROM projects WHERE id = ?').pluck();
    const pageOfProject = () => `/projekty/${encodeURIComponent(String(slugOf.get(pick(ids))))}`;
    const projectPages = [...new Set(Array.from({ length: 300 }, pageOfProject))];
    const coldProjectPages = [...new Set(Array.from({ length: 10_000 }, pageOfProject))].filter(
      (path) => !projectPages.includes(path),
    );
    const deepQueries: Record<string, string>[] = [{}, { status: 'completed' }, { temat: pick(topics) }];
    const deepBases = deepQueries.map((query) => ({
      page: page(query),
      api: `/api/v1/projects?${new URLSearchParams({ ...apiNames(query), facets: 'false', pageSize: '100' }).toString()}`,
    }));
    return {
      selective,
      broad,
      broadest: [page({ q: 'projekt' })],
      twoFacets,
      facetOnly,
      projectPages,
      coldProjectPages,
      deepBases,
    };
  } finally {
    db.close();
  }
}

function apiNames(query: Record<string, string>): Record<string, string> {
  const names: Record<string, string> = { temat: 'topic', status: 'status' };
  return Object.fromEntries(Object.entries(query).map(([key, value]) => [names[key] ?? key, value]));
}

/** Walks the API to a cursor `depth` results deep, then returns page URLs that start there. */
export async function deepPages(base: string, mix: QueryMix, depth: number): Promise<string[]> {
  const pages: string[] = [];
  for (const { page, api } of mix.deepBases) {
    let url: string | null = api;
    let seen = 0;
    let cursor: string | null = null;
    while (url && seen < depth) {
      const response = await fetch(`${base}${url}`);
      const json = (await response.json()) as {
        data: unknown[];
        meta: { nextCursor: string | null };
        links: { next: string | null };
      };
      seen += json.data.length;
      cursor = json.meta.nextCursor;
      url = json.links.next;
    }
    if (cursor) pages.push(`${page}${page.includes('?') ? '&' : '?'}po=${encodeURIComponent(cursor)}`);
  }
  return pages;
}
