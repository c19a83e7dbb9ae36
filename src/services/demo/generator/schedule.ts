import type { PhaseStatus, ProgrammingPeriod, ProjectStatus } from '../../../domain/codes.js';
import type { Phase, ProjectUpdate } from '../../../domain/project.js';
import { addMonths, dayFromIso, firstDayOfMonth, isoFromDay, lastDayOfMonth, monthsBetween } from './calendar.js';
import type { Random } from './random.js';
import type { Theme } from './theme-types.js';

/** "Today" for the demo registry: statuses are written as they would read on this day. */
export const REFERENCE_DATE = '2026-11-21';
export const REFERENCE_DAY = dayFromIso(REFERENCE_DATE);

interface PeriodWindow {
  readonly firstStart: number;
  readonly lastStart: number;
  /** Spending stays eligible a few years past the period (the n+2 / n+3 rule). */
  readonly lastEnd: number;
}

const PERIOD_WINDOWS: Readonly<Record<ProgrammingPeriod, PeriodWindow>> = {
  '2007-2013': {
    firstStart: dayFromIso('2008-01-01'),
    lastStart: dayFromIso('2013-06-30'),
    lastEnd: dayFromIso('2015-12-31'),
  },
  '2014-2020': {
    firstStart: dayFromIso('2015-06-01'),
    lastStart: dayFromIso('2020-12-31'),
    lastEnd: dayFromIso('2023-12-31'),
  },
  '2021-2027': {
    firstStart: dayFromIso('2022-09-01'),
    lastStart: dayFromIso('2027-12-31'),
    lastEnd: dayFromIso('2029-12-31'),
  },
};

const CANCELLED_SHARE = 0.025;

export interface Schedule {
  readonly startDay: number;
  readonly endDay: number;
  readonly status: ProjectStatus;
}

/** Dates inside the programme's window, often on month boundaries as contracts are written. */
export function chooseSchedule(random: Random, period: ProgrammingPeriod, theme: Theme): Schedule {
  const window = PERIOD_WINDOWS[period];
  let startDay = random.int(window.firstStart, window.lastStart);
  if (random.chance(0.6)) startDay = firstDayOfMonth(startDay);
  let endDay = addMonths(startDay, random.int(theme.months[0], theme.months[1])) - 1;
  if (random.chance(0.6)) endDay = lastDayOfMonth(endDay);
  endDay = Math.max(startDay, Math.min(endDay, window.lastEnd));
  return { startDay, endDay, status: statusFromDates(random, startDay, endDay) };
}

/** A few contracts are terminated; every other status follows from the dates. */
function statusFromDates(random: Random, startDay: number, endDay: number): ProjectStatus {
  if (random.chance(CANCELLED_SHARE)) return 'cancelled';
  if (endDay < REFERENCE_DAY) return 'completed';
  if (startDay > REFERENCE_DAY) return 'planned';
  return 'in_progress';
}

function phaseStatus(startDay: number, endDay: number): PhaseStatus {
  if (endDay < REFERENCE_DAY) return 'completed';
  if (startDay > REFERENCE_DAY) return 'planned';
  return 'in_progress';
}

/** Splits the project's time into the theme's phases, each at least a month long. */
export function schedulePhases(random: Random, theme: Theme, schedule: Schedule): Phase[] {
  const { startDay, endDay } = schedule;
  const count = theme.phases.length;
  if (schedule.status === 'cancelled' || endDay - startDay < count * 31) return [];
  const weights = theme.phases.map(() => random.between(0.6, 1.4));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const phases: Phase[] = [];
  let phaseStart = startDay;
  let elapsed = 0;
  theme.phases.forEach((name, index) => {
    elapsed += weights[index] ?? 1;
    const isLast = index === count - 1;
    const phaseEnd = isLast ? endDay : startDay + Math.round(((endDay - startDay) * elapsed) / totalWeight);
    phases.push({
      name,
      startDate: isoFromDay(phaseStart),
      endDate: isoFromDay(phaseEnd),
      durationMonths: monthsBetween(phaseStart, phaseEnd),
      status: phaseStatus(phaseStart, phaseEnd),
      description: null,
    });
    phaseStart = phaseEnd + 1;
  });
  return phases;
}

const STARTED: readonly [string, string] = [
  'Rozpoczęcie realizacji projektu',
  'Podpisano umowę o dofinansowanie i rozpoczęto realizację projektu.',
];
const FINISHED: readonly [string, string] = [
  'Zakończenie realizacji projektu',
  'Zrealizowano wszystkie zaplanowane działania; trwa rozliczanie projektu.',
];
const TERMINATED: readonly [string, string] = [
  'Rozwiązanie umowy o dofinansowanie',
  'Beneficjent zrezygnował z dalszej realizacji projektu; umowa o dofinansowanie została rozwiązana.',
];

/** News that has already happened by the reference date, all inside the project's dates. */
export function scheduleUpdates(random: Random, theme: Theme, schedule: Schedule): ProjectUpdate[] {
  const { startDay, endDay, status } = schedule;
  const horizon = Math.min(endDay, REFERENCE_DAY);
  if (horizon < startDay) return [];
  const updates = [update(startDay, STARTED)];
  // Milestones keep the theme's order (contract before handover), on ascending dates.
  const { milestones } = theme;
  const picked = random
    .sample(milestones, random.int(0, Math.min(2, milestones.length)))
    .sort((a, b) => milestones.indexOf(a) - milestones.indexOf(b));
  const days = picked.map(() => random.int(startDay, horizon)).sort((a, b) => a - b);
  picked.forEach((milestone, index) => {
    updates.push(update(days[index] ?? horizon, milestone));
  });
  if (status === 'completed' && random.chance(0.7)) updates.push(update(endDay, FINISHED));
  if (status === 'cancelled') updates.push(update(horizon, TERMINATED));
  return updates;
}

function update(day: number, [title, body]: readonly [string, string]): ProjectUpdate {
  return { date: isoFromDay(day), datePrecision: 'day', title, body };
}

/** How far along the project is on the reference date, 0–1. */
export function progressAtReference(schedule: Schedule): number {
  const { startDay, endDay } = schedule;
  if (REFERENCE_DAY <= startDay) return 0;
  if (REFERENCE_DAY >= endDay) return 1;
  return (REFERENCE_DAY - startDay) / (endDay - startDay);
}
