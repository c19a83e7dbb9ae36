import type { ProjectInput } from './project.js';

export const REVISION_ACTIONS = ['baseline', 'create', 'update', 'restore', 'state', 'images'] as const;
export type RevisionAction = (typeof REVISION_ACTIONS)[number];

/** A photo as a revision remembers it: the stored image and the words shown with it. */
export interface SnapshotPhoto {
  readonly id: number;
  readonly alt: string;
  readonly credit: string;
}

/** Everything needed to put a project back exactly as it was at one save. */
export interface RevisionSnapshot {
  readonly project: ProjectInput;
  readonly photos: readonly SnapshotPhoto[];
}

export interface Revision {
  readonly id: number;
  readonly projectId: number;
  /** 1, 2, 3… per project. */
  readonly number: number;
  readonly action: RevisionAction;
  readonly authorId: number | null;
  /** Kept as written at the time, so history stays readable after an account is removed. */
  readonly authorEmail: string | null;
  readonly createdAt: string;
  /** Paths of the fields this save changed, e.g. ["title", "partners.1.role"]. */
  readonly changedPaths: readonly string[];
  /** For a restore: the revision number it brought back. */
  readonly restoredFrom: number | null;
}

export interface FieldChange {
  readonly path: string;
  readonly before: string | null;
  readonly after: string | null;
}

type Leaf = string | number | boolean | null;

function isMoney(value: object): value is { amount: number; currency: string } {
  const keys = Object.keys(value);
  return keys.length === 2 && 'amount' in value && 'currency' in value;
}

/** Minor units as an exact decimal, e.g. 101579880 → "1015798.80". */
function decimal(minor: number): string {
  const sign = minor < 0 ? '-' : '';
  const digits = String(Math.abs(minor)).padStart(3, '0');
  return `${sign}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/**
 * Flattens a snapshot into one text value per field path ("partners.0.role"), money as
 * "1015798.80 PLN", so two saves can be compared field by field.
 */
export function flattenSnapshot(snapshot: RevisionSnapshot): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (value === null || value === undefined) return;
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        walk(item, `${path}.${index}`);
      });
      return;
    }
    if (typeof value === 'object') {
      if (isMoney(value)) {
        out.set(path, `${decimal(value.amount)} ${value.currency}`);
        return;
      }
      for (const [key, item] of Object.entries(value)) walk(item, path === '' ? key : `${path}.${key}`);
      return;
    }
    const leaf = value as Leaf;
    if (leaf === '') return;
    out.set(path, String(leaf));
  };
  walk(snapshot.project, '');
  snapshot.photos.forEach((photo, index) => {
    out.set(`photos.${index}`, `#${photo.id}: ${photo.alt} (${photo.credit})`);
  });
  return out;
}

/**
 * The fields that differ between two snapshots, in a stable order; an empty "before" is a
 * first save. Lists and members compare position by position.
 * @example diffSnapshots(a, b) // [{ path: 'title', before: 'Stary', after: 'Nowy' }]
 */
export function diffSnapshots(before: RevisionSnapshot | null, after: RevisionSnapshot): FieldChange[] {
  const old = before ? flattenSnapshot(before) : new Map<string, string>();
  const now = flattenSnapshot(after);
  const paths = [...new Set([...old.keys(), ...now.keys()])];
  const changes: FieldChange[] = [];
  for (const path of paths) {
    const a = old.get(path) ?? null;
    const b = now.get(path) ?? null;
    if (a !== b) changes.push({ path, before: a, after: b });
  }
  return changes;
}
