import sharp from 'sharp';
import { AppError } from '../../domain/errors.js';
import type { ImageKind } from '../../domain/image.js';
import { problem } from '../../domain/problems.js';

/** Formats we accept, as sharp detects them from the bytes (never from the name or the declared type). */
const ACCEPTED_FORMATS = new Set(['jpeg', 'png', 'webp', 'gif', 'avif', 'heif', 'tiff']);
/** Decompression bombs: refuse images above 50 megapixels before decoding them. */
const MAX_INPUT_PIXELS = 50_000_000;
const LONGEST_SIDE: Record<ImageKind, number> = { photo: 1600, logo: 512 };

export interface ProcessedImage {
  readonly data: Buffer;
  readonly width: number;
  readonly height: number;
  readonly extension: 'webp';
}

function refused(code: string, message: string): AppError {
  return new AppError('invalid_input', message, [problem('file', code, message)]);
}

/**
 * Checks what an uploaded file really is and writes a fresh WebP of it: turned upright by
 * its EXIF orientation, scaled down to fit, with no metadata (EXIF, GPS, XMP, comments) and
 * nothing but pixels carried over. SVG is refused outright, since it can hold scripts.
 */
export async function processImage(input: Buffer, kind: ImageKind): Promise<ProcessedImage> {
  let format: string | undefined;
  try {
    ({ format } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS }).metadata());
  } catch {
    throw refused('not_an_image', 'The file is not an image we can read (JPEG, PNG, WebP, GIF, AVIF or TIFF)');
  }
  if (format === 'svg') throw refused('svg_refused', 'SVG images are not accepted; upload a PNG or JPEG');
  if (format === undefined || !ACCEPTED_FORMATS.has(format)) {
    throw refused('not_an_image', 'The file is not an image we can read (JPEG, PNG, WebP, GIF, AVIF or TIFF)');
  }
  const side = LONGEST_SIDE[kind];
  try {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
      .rotate()
      .resize({ width: side, height: side, fit: 'inside', withoutEnlargement: true })
      .webp({ quality: kind === 'logo' ? 90 : 82 })
      .toBuffer({ resolveWithObject: true });
    return { data, width: info.width, height: info.height, extension: 'webp' };
  } catch {
    throw refused('broken_image', 'The image is damaged or too large to process');
  }
}
