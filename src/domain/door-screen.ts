import { daySlots, type Slot } from './slots';
import type { LocalDate, WallTime } from './local-date';

/** A slot on the door screen, with the local date it belongs to (for "Tuesday 10:00"). */
export type ScreenSlot = Slot & { date: LocalDate };

export type ServingNow = {
  /** The slot whose time it is now, or null between slots, before opening, after closing, on a closed day. */
  serving: ScreenSlot | null;
  /** The first slot to start after now, today or on a later open day; null when none lies within the dates given. */
  next: ScreenSlot | null;
  /** When this answer changes (the serving slot ends or the next begins); null when nothing is ahead. */
  changesAt: number | null;
};

/**
 * What the door screen shows for one distribution at `now`: the slot being served and the next.
 * `openDates` are the days it opens and is not closed, ascending (today first if it opens today).
 * Slots are cut by `daySlots`, so a clock change night gives the same slots as the tickets have:
 * a slot ending in the spring gap ends when the clocks jump, and in autumn the slot ending at
 * 03:00 also covers the repeated hour. Stops at the first day with a slot still ahead.
 */
export function servingNow(args: {
  now: number;
  zone: string;
  hours: { opens: WallTime; closes: WallTime; slotMinutes: number };
  openDates: readonly LocalDate[];
}): ServingNow {
  const { now, zone, hours } = args;
  let serving: ScreenSlot | null = null;
  for (const date of args.openDates) {
    for (const slot of daySlots({ date, zone, ...hours })) {
      if (slot.start <= now && now < slot.end) serving = { ...slot, date };
      else if (slot.start > now) return { serving, next: { ...slot, date }, changesAt: Math.min(serving?.end ?? slot.start, slot.start) };
    }
  }
  return { serving, next: null, changesAt: serving?.end ?? null };
}

const MIN_REFRESH_SECONDS = 5;
const MAX_REFRESH_SECONDS = 60;

/**
 * Seconds until the screen should ask again: at the next change (plus a second, so the server's
 * clock is past the boundary when it answers), never sooner than 5 s (a storm of reloads from a
 * screen whose clock runs ahead) nor later than 60 s (notices, closures and changed hours show up within a minute).
 */
export function refreshSeconds(now: number, changesAt: number | null): number {
  if (changesAt === null) return MAX_REFRESH_SECONDS;
  const seconds = Math.ceil((changesAt - now) / 1000) + 1;
  return Math.min(MAX_REFRESH_SECONDS, Math.max(MIN_REFRESH_SECONDS, seconds));
}
