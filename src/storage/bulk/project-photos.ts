import type { Selectable } from 'kysely';
import type { ImageTable } from '../schema.js';
import type { PhotoRecord } from './bulk-store.js';

export type ImageRow = Selectable<ImageTable>;

/** A shown photo as an import compares it: the file and its words, not the row id. */
export function photoRecordOf(row: ImageRow): PhotoRecord {
  return {
    fileName: row.file_name,
    alt: row.alt,
    credit: row.credit,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
  };
}

/** What it takes to show exactly these photos of a project, in this order. */
export interface PhotoSync {
  /** Rows shown now that are not among the photos: marked removed, kept for older revisions. */
  readonly hide: readonly number[];
  /** Rows of this project (shown or removed) to show again with these words at this position. */
  readonly show: readonly {
    readonly id: number;
    readonly alt: string;
    readonly credit: string;
    readonly position: number;
  }[];
  readonly insert: readonly Omit<ImageRow, 'id'>[];
}

/**
 * Plans the photo rows of a project from the photos a file lists. `known` holds the image
 * rows under any of those file names plus the project's shown photos. A file name another
 * owner's image already uses is left to that owner (file names are unique): the photo is not
 * added twice, and the next import reports the project's photos as still differing.
 */
export function planPhotoSync(
  projectId: number,
  photos: readonly PhotoRecord[],
  known: readonly ImageRow[],
  now: string,
): PhotoSync {
  const isOwn = (row: ImageRow) => row.owner_type === 'project' && row.owner_id === projectId && row.kind === 'photo';
  const byFile = new Map(known.map((row) => [row.file_name, row]));
  const wanted = new Set(photos.map((photo) => photo.fileName));
  const hide = known.filter((row) => isOwn(row) && row.removed_at === null && !wanted.has(row.file_name));
  const show: { id: number; alt: string; credit: string; position: number }[] = [];
  const insert: Omit<ImageRow, 'id'>[] = [];
  for (const [index, photo] of photos.entries()) {
    const position = index + 1;
    const row = byFile.get(photo.fileName);
    if (row && isOwn(row)) show.push({ id: row.id, alt: photo.alt, credit: photo.credit, position });
    else if (!row)
      insert.push({
        file_name: photo.fileName,
        owner_type: 'project',
        owner_id: projectId,
        kind: 'photo',
        position,
        alt: photo.alt,
        credit: photo.credit,
        width: photo.width,
        height: photo.height,
        bytes: photo.bytes,
        created_at: now,
        removed_at: null,
      });
  }
  return { hide: hide.map((row) => row.id), show, insert };
}
