export type ImageOwnerType = 'project' | 'organisation';
export type ImageKind = 'photo' | 'logo';

export interface StoredImage {
  readonly id: number;
  /** Name of the re-encoded file in the media folder, e.g. "3f…a9.webp". */
  readonly fileName: string;
  readonly ownerType: ImageOwnerType;
  readonly ownerId: number;
  readonly kind: ImageKind;
  readonly position: number;
  readonly alt: string;
  readonly credit: string;
  readonly width: number;
  readonly height: number;
  readonly bytes: number;
  readonly createdAt: string;
  readonly removedAt: string | null;
}

/** A photo as the project page shows it. */
export interface ProjectPhoto {
  readonly url: string;
  readonly alt: string;
  readonly credit: string;
  readonly width: number;
  readonly height: number;
}

/** Files in the media folder are named by the app only: 32 hex digits and the format. */
export const MEDIA_FILE_PATTERN = /^[0-9a-f]{32}\.(webp|png|jpg)$/;

export function mediaUrl(fileName: string): string {
  return `/media/${fileName}`;
}
