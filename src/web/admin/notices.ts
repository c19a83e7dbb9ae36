import type { AdminMessages } from './i18n/pl.js';

/**
 * One-time messages after a redirect travel as a key in the URL (`?ok=saved`), never as
 * text, so nobody can make the page say something of their choosing.
 */
export function noticeText(t: AdminMessages, key: string | undefined): string | null {
  switch (key) {
    case 'saved':
      return t.common.saved;
    case 'created':
      return t.common.created;
    case 'published':
    case 'draft':
    case 'archived':
      return t.projects.stateChanged[key];
    case 'deleted':
      return t.projects.deleted('').replace(/ „”| “”/, '');
    case 'uploaded':
      return t.images.uploaded;
    case 'removed':
      return t.images.removed;
    case 'words':
      return t.images.wordsSaved;
    case 'password':
      return t.password.changed;
    case 'signed-out':
      return t.signIn.signedOut;
    default:
      return null;
  }
}
