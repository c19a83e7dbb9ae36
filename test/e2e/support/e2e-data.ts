import { join } from 'node:path';

/** An account the e2e server creates before serving. */
export interface E2eAccount {
  readonly email: string;
  readonly password: string;
  readonly name: string;
  readonly role: 'administrator' | 'editor' | 'viewer';
  readonly organisationSlugs: readonly string[];
}

/** The administrator whose signed-in session most editorial tests share. */
export const E2E_ADMIN: E2eAccount = {
  email: 'admin@e2e.example',
  password: 'e2e administrator passphrase',
  name: 'Administratorka E2E',
  role: 'administrator',
  organisationSlugs: [],
};

/** An editor of the beneficiary of Hajnówka OdNowa (and of the projects below). */
export const E2E_EDITOR: E2eAccount = {
  email: 'redaktor@e2e.example',
  password: 'e2e editor passphrase',
  name: 'Redaktor E2E',
  role: 'editor',
  organisationSlugs: ['owop-bialystok'],
};

/** An account of its own for the password change, which ends the account's other sessions. */
export const E2E_PASSWORD_OWNER: E2eAccount = {
  email: 'haslo@e2e.example',
  password: 'e2e first passphrase',
  name: 'Zmieniająca Hasło',
  role: 'viewer',
  organisationSlugs: [],
};

export const E2E_ACCOUNTS: readonly E2eAccount[] = [E2E_ADMIN, E2E_EDITOR, E2E_PASSWORD_OWNER];

/** Accounts signed in once per run (the `sessions` project); tests reuse their cookies. */
export const SHARED_SESSIONS = { administrator: E2E_ADMIN, editor: E2E_EDITOR } as const;
export type SharedSession = keyof typeof SHARED_SESSIONS;

/** Where the signed-in state of a shared session is kept during a run (test-results/ is not committed). */
export function sessionFile(name: SharedSession): string {
  return join('test-results', 'e2e-sessions', `${name}.json`);
}

/** Draft projects of the editor's organisation that the server creates, each for one test alone. */
export const E2E_PROJECTS = {
  /** Saved twice, so its history has a comparison with a before and an after. */
  history: { slug: 'swietlica-sasiedzka', title: 'Świetlica sąsiedzka w Hajnówce' },
  /** Edited with the keyboard alone, one per language. */
  keyboardPl: { slug: 'warsztaty-klawiatura', title: 'Warsztaty rękodzieła dla seniorów' },
  keyboardEn: { slug: 'keyboard-workshops', title: 'Kawiarenka językowa w Białymstoku' },
} as const;
