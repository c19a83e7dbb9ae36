import { isIsoDate } from './dates.js';

/** How far a project is through its planned time, from its dates alone. */
export type TimeProgress =
  | { readonly stage: 'not_started' }
  | { readonly stage: 'running'; readonly percent: number }
  | { readonly stage: 'ended' };

const DAY_MS = 86_400_000;

function dayNumber(iso: string): number {
  return Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
}

/**
 * The share of the planned time that has passed on `today`, or null when the dates do not
 * make a span. Derived, never stored; `today` is passed in to keep this pure.
 * @example timeProgress('2020-01-01', '2020-01-11', '2020-01-06') // { stage: 'running', percent: 50 }
 */
export function timeProgress(start: string | null, end: string | null, today: string): TimeProgress | null {
  if (!start || !end || !isIsoDate(start) || !isIsoDate(end) || end < start) return null;
  if (today < start) return { stage: 'not_started' };
  if (today > end) return { stage: 'ended' };
  const span = dayNumber(end) - dayNumber(start);
  const percent = span === 0 ? 100 : ((dayNumber(today) - dayNumber(start)) / span) * 100;
  return { stage: 'running', percent: Math.round(percent) };
}
