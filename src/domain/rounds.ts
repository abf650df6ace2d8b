import { DateTime } from 'luxon';

export const stopStatuses = ['planned', 'delivered', 'not_home'] as const;
export type StopStatus = (typeof stopStatuses)[number];

/** What a round's timing is made of: its day, first window's start and the pace. */
export type RoundTiming = {
  date: string;
  /** HH:MM, wall clock in the site's zone. */
  starts: string;
  minutesPerStop: number;
  /** A pause after this many stops (null: none). */
  breakAfterStop: number | null;
  breakMinutes: number;
  /** "Running late": added to every stop not yet done. */
  delayMinutes: number;
};

type StopWindow = { start: number; end: number };

/**
 * The window of the stop at `index` (0-based, in driving order) as epoch milliseconds. Minutes are
 * added to the start instant, not to the wall clock, so a round across a DST change keeps its pace.
 * A stop already done keeps its planned window; only the ones still ahead move with a delay.
 */
export function stopWindow(round: RoundTiming, zone: string, index: number, status: StopStatus): StopWindow {
  const first = DateTime.fromISO(`${round.date}T${round.starts}`, { zone });
  const pause = round.breakAfterStop !== null && index >= round.breakAfterStop ? round.breakMinutes : 0;
  const late = status === 'planned' ? round.delayMinutes : 0;
  const start = first.plus({ minutes: index * round.minutesPerStop + pause + late });
  return { start: start.toMillis(), end: start.plus({ minutes: round.minutesPerStop }).toMillis() };
}

/** Every stop's window, in the order given. */
export function roundWindows(round: RoundTiming, zone: string, stops: readonly { status: StopStatus }[]): StopWindow[] {
  return stops.map((s, i) => stopWindow(round, zone, i, s.status));
}

export type Move = 'up' | 'down' | { to: number };

/**
 * The order after moving `id`: one place up or down, or to a 1-based place (clamped to the
 * ends). Null when `id` is not in the order. Moving past an end changes nothing.
 */
export function reorder<T>(order: readonly T[], id: T, move: Move): T[] | null {
  const from = order.indexOf(id);
  if (from < 0) return null;
  const target = move === 'up' ? from - 1 : move === 'down' ? from + 1 : move.to - 1;
  const to = Math.min(order.length - 1, Math.max(0, target));
  const rest = order.filter((_, i) => i !== from);
  return [...rest.slice(0, to), id, ...rest.slice(to)];
}
