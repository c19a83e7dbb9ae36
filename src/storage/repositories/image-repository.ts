import type { Selectable } from 'kysely';
import type { ImageKind, ImageOwnerType, StoredImage } from '../../domain/image.js';
import type { SpojniaDb } from '../database.js';
import type { ImageTable } from '../schema.js';

function rowToImage(row: Selectable<ImageTable>): StoredImage {
  return {
    id: row.id,
    fileName: row.file_name,
    ownerType: row.owner_type as ImageOwnerType,
    ownerId: row.owner_id,
    kind: row.kind as ImageKind,
    position: row.position,
    alt: row.alt,
    credit: row.credit,
    width: row.width,
    height: row.height,
    bytes: row.bytes,
    createdAt: row.created_at,
    removedAt: row.removed_at,
  };
}

export type NewImage = Omit<StoredImage, 'id' | 'createdAt' | 'removedAt' | 'position'>;

export async function insertImage(db: SpojniaDb, image: NewImage, now: string): Promise<number> {
  const last = await db
    .selectFrom('images')
    .select((eb) => eb.fn.max<number>('position').as('position'))
    .where('owner_type', '=', image.ownerType)
    .where('owner_id', '=', image.ownerId)
    .executeTakeFirst();
  const row = await db
    .insertInto('images')
    .values({
      file_name: image.fileName,
      owner_type: image.ownerType,
      owner_id: image.ownerId,
      kind: image.kind,
      position: Number(last?.position ?? 0) + 1,
      alt: image.alt,
      credit: image.credit,
      width: image.width,
      height: image.height,
      bytes: image.bytes,
      created_at: now,
      removed_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The images shown now (not removed), in upload order. */
export async function listImages(
  db: SpojniaDb,
  ownerType: ImageOwnerType,
  ownerId: number,
  kind: ImageKind,
): Promise<StoredImage[]> {
  const rows = await db
    .selectFrom('images')
    .selectAll()
    .where('owner_type', '=', ownerType)
    .where('owner_id', '=', ownerId)
    .where('kind', '=', kind)
    .where('removed_at', 'is', null)
    .orderBy('position')
    .execute();
  return rows.map(rowToImage);
}

export async function findImage(db: SpojniaDb, id: number): Promise<StoredImage | null> {
  const row = await db.selectFrom('images').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? rowToImage(row) : null;
}

export async function markImageRemoved(db: SpojniaDb, id: number, now: string): Promise<void> {
  await db.updateTable('images').set({ removed_at: now }).where('id', '=', id).execute();
}

export async function updateImageText(db: SpojniaDb, id: number, alt: string, credit: string): Promise<void> {
  await db.updateTable('images').set({ alt, credit }).where('id', '=', id).execute();
}

/**
 * Makes exactly these photos of a project visible, with these words and in this order;
 * every other photo of the project is marked removed. Used to restore a revision.
 */
export async function replaceVisiblePhotos(
  db: SpojniaDb,
  projectId: number,
  photos: readonly { id: number; alt: string; credit: string }[],
  now: string,
): Promise<void> {
  const keep = photos.map((photo) => photo.id);
  let hide = db
    .updateTable('images')
    .set({ removed_at: now })
    .where('owner_type', '=', 'project')
    .where('owner_id', '=', projectId)
    .where('kind', '=', 'photo')
    .where('removed_at', 'is', null);
  if (keep.length > 0) hide = hide.where('id', 'not in', keep);
  await hide.execute();
  for (const [index, photo] of photos.entries()) {
    await db
      .updateTable('images')
      .set({ removed_at: null, alt: photo.alt, credit: photo.credit, position: index + 1 })
      .where('id', '=', photo.id)
      .where('owner_type', '=', 'project')
      .where('owner_id', '=', projectId)
      .execute();
  }
}

/** File names of every image an owner ever had, removed ones included; for deleting the files. */
export async function listAllImageFiles(db: SpojniaDb, ownerType: ImageOwnerType, ownerId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('images')
    .select('file_name')
    .where('owner_type', '=', ownerType)
    .where('owner_id', '=', ownerId)
    .execute();
  return rows.map((row) => row.file_name);
}

export async function deleteImagesOf(db: SpojniaDb, ownerType: ImageOwnerType, ownerId: number): Promise<void> {
  await db.deleteFrom('images').where('owner_type', '=', ownerType).where('owner_id', '=', ownerId).execute();
}

export async function isImageFileKnown(db: SpojniaDb, fileName: string): Promise<boolean> {
  const row = await db.selectFrom('images').select('id').where('file_name', '=', fileName).executeTakeFirst();
  return row !== undefined;
}
