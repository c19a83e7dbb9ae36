import { randomBytes } from 'node:crypto';
import { createReadStream, type ReadStream } from 'node:fs';
import { mkdir, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MEDIA_FILE_PATTERN } from '../../domain/image.js';
import type { ProcessedImage } from './process-image.js';

/** Writes a processed image under a new random name; returns the name. */
export async function saveMediaFile(folder: string, image: ProcessedImage): Promise<string> {
  await mkdir(folder, { recursive: true });
  const fileName = `${randomBytes(16).toString('hex')}.${image.extension}`;
  await writeFile(join(folder, fileName), image.data, { flag: 'wx' });
  return fileName;
}

export async function removeMediaFiles(folder: string, fileNames: readonly string[]): Promise<void> {
  for (const name of fileNames) {
    if (MEDIA_FILE_PATTERN.test(name)) await rm(join(folder, name), { force: true });
  }
}

/** An image file to serve, or null: only names the app itself gives are ever opened. */
export async function openMediaFile(
  folder: string,
  fileName: string,
): Promise<{ stream: ReadStream; size: number; type: string } | null> {
  if (!MEDIA_FILE_PATTERN.test(fileName)) return null;
  const path = join(folder, fileName);
  try {
    const info = await stat(path);
    if (!info.isFile()) return null;
    const type = fileName.endsWith('.webp') ? 'image/webp' : fileName.endsWith('.png') ? 'image/png' : 'image/jpeg';
    return { stream: createReadStream(path), size: info.size, type };
  } catch {
    return null;
  }
}
