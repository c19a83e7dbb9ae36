import type { SpojniaDb } from '../../storage/database.js';
import {
  listSitemapChunks,
  SITEMAP_KINDS,
  type SitemapItem,
  type SitemapKind,
  streamSitemapChunk,
} from '../../storage/repositories/sitemap-repository.js';

export { SITEMAP_KINDS, type SitemapItem, type SitemapKind };

/** One child sitemap: the published items of a kind whose ids fall in one range. */
export interface SitemapFile {
  readonly kind: SitemapKind;
  readonly chunk: number;
  readonly lastModified: string | null;
}

/** Every child sitemap with something in it, kind by kind; one aggregate query per kind. */
export async function listSitemapFiles(db: SpojniaDb, idsPerChunk: number): Promise<SitemapFile[]> {
  const files: SitemapFile[] = [];
  for (const kind of SITEMAP_KINDS) {
    for (const chunk of await listSitemapChunks(db, kind, idsPerChunk)) {
      files.push({ kind, chunk: chunk.index, lastModified: chunk.lastModified });
    }
  }
  return files;
}

/** The items of one child sitemap, streamed in batches; nothing for a range without any. */
export function readSitemapFile(
  db: SpojniaDb,
  kind: SitemapKind,
  chunk: number,
  idsPerChunk: number,
): AsyncGenerator<SitemapItem> {
  return streamSitemapChunk(db, kind, chunk, idsPerChunk);
}
