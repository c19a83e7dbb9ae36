import { randomBytes } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import type { MultipartFile } from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';

/** A file part of an import form, written to a temporary file as it arrives (never held in memory). */
export interface UploadedFile {
  readonly type: 'file';
  /** The temporary file; null when nothing was kept (too large, or not allowed). */
  readonly path: string | null;
  /** The name the file had on the person's computer. */
  readonly fileName: string;
  readonly bytes: number;
  /** The file went over the size limit: it was not kept. */
  readonly tooLarge: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Temporary files of this request's upload that no import has taken over yet. */
    uploadedFiles?: string[];
  }
}

/**
 * Streams an uploaded file part to a temporary file. Parts arriving for a person who may
 * not import are read and dropped, so nothing of theirs reaches the disk.
 */
export async function keepUploadedPart(request: FastifyRequest, part: MultipartFile, allowed: boolean) {
  const fileName = part.filename ?? '';
  if (!allowed || fileName === '') {
    part.file.resume();
    await new Promise((resolve) => part.file.once('end', resolve));
    return { type: 'file', path: null, fileName, bytes: 0, tooLarge: false } satisfies UploadedFile;
  }
  const path = join(tmpdir(), `spojnia-upload-${randomBytes(12).toString('hex')}`);
  request.uploadedFiles = [...(request.uploadedFiles ?? []), path];
  let bytes = 0;
  part.file.on('data', (chunk: Buffer) => {
    bytes += chunk.length;
  });
  await pipeline(part.file, createWriteStream(path, { mode: 0o600 }));
  if (part.file.truncated) {
    await rm(path, { force: true });
    return { type: 'file', path: null, fileName, bytes, tooLarge: true } satisfies UploadedFile;
  }
  return { type: 'file', path, fileName, bytes, tooLarge: false } satisfies UploadedFile;
}

/** The temporary file now belongs to whoever took it (an import run): it is not deleted with the request. */
export function takeUploadedFile(request: FastifyRequest, path: string): void {
  request.uploadedFiles = (request.uploadedFiles ?? []).filter((kept) => kept !== path);
}

/** Deletes the temporary files a request left behind (a refused form, a failed check). */
export async function removeLeftoverUploads(request: FastifyRequest): Promise<void> {
  const left = request.uploadedFiles ?? [];
  request.uploadedFiles = [];
  await Promise.all(left.map((path) => rm(path, { force: true })));
}
