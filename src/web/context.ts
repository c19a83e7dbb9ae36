import { todayIso } from '../domain/dates.js';
import { createFormatter, type Formatter } from './format.js';
import type { Messages } from './i18n/messages.js';
import { pl } from './i18n/pl.js';
import { type Paths, plPaths } from './paths.js';

/** What every view needs besides its data: words, formatting, URLs and today's date. */
export interface RenderContext {
  readonly t: Messages;
  readonly format: Formatter;
  readonly paths: Paths;
  /** Today as YYYY-MM-DD (UTC), for hints derived from dates. */
  readonly today: string;
}

const plFormatter = createFormatter(pl.locale);

/** The context of the Polish pages; an English one will differ only in its three parts. */
export function polishContext(now: Date = new Date()): RenderContext {
  return { t: pl, format: plFormatter, paths: plPaths, today: todayIso(now) };
}
