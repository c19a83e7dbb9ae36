/**
 * Where things live, in one place so presenters, links and the route table agree.
 * Page paths follow the Polish public URLs of DESIGN.md; the API answers under API_BASE.
 */
export const API_BASE = '/api/v1';

export const apiUrl = {
  projects: (): string => `${API_BASE}/projects`,
  project: (slug: string): string => `${API_BASE}/projects/${encodeURIComponent(slug)}`,
  organisations: (): string => `${API_BASE}/organisations`,
  organisation: (slug: string): string => `${API_BASE}/organisations/${encodeURIComponent(slug)}`,
  topic: (slug: string): string => `${API_BASE}/topics/${encodeURIComponent(slug)}`,
  programme: (slug: string): string => `${API_BASE}/programmes/${encodeURIComponent(slug)}`,
  openapi: (): string => `${API_BASE}/openapi.json`,
};

/** Public HTML pages a person can open; `url` fields of the API point here. */
export const pageUrl = {
  project: (slug: string): string => `/projekty/${encodeURIComponent(slug)}`,
  projectEn: (slug: string): string => `/en/projects/${encodeURIComponent(slug)}`,
  organisation: (slug: string): string => `/organizacje/${encodeURIComponent(slug)}`,
  programme: (slug: string): string => `/programy/${encodeURIComponent(slug)}`,
  topic: (slug: string): string => `/projekty?temat=${encodeURIComponent(slug)}`,
  /** The licence of the data, in each language (tests check these pages answer). */
  licence: { pl: '/licencja', en: '/en/licence' },
};
