/** Roles of the people who work in the editorial area, from the most to the least powerful. */
export const ROLES = ['administrator', 'editor', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export interface User {
  readonly id: number;
  readonly email: string;
  readonly name: string;
  readonly role: Role;
  /** Slugs of the organisations whose projects an editor may create and edit. */
  readonly organisationSlugs: readonly string[];
  readonly isActive: boolean;
  readonly createdAt: string;
}

/** The person making a request, as the policies see them. */
export type Actor = Pick<User, 'id' | 'role' | 'organisationSlugs'>;

export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 256;

/** Lower-cased and trimmed, so "Ala@Gmina.pl " and "ala@gmina.pl" are one account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

const EMAIL_PATTERN = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[^\s@<>()[\]\\,;:"]+$/;

export function isEmail(text: string): boolean {
  return text.length <= 254 && EMAIL_PATTERN.test(text);
}
