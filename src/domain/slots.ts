import { DomainError } from './errors';
import { isWallTime, resolveWallTime, wallTimeToMinutes, type LocalDate, type WallTime } from './local-date';

/** A pickup slot, as instants (epoch ms): [start, end). */
export type Slot = { start: number; end: number };

const MIN_SLOT_MINUTES = 5;
const MAX_SLOT_MINUTES = 240;
const MINUTE_MS = 60_000;

function invalidHours(field: string, message: string): DomainError {
  return new DomainError(400, 'invalid_hours', message, { fields: [{ field, message }] });
}

/** Throws DomainError 400 `invalid_hours` unless `opens`–`closes` holds at least one slot of `slotMinutes` (5..240). */
export function validateDistributionTimes(args: { opens: WallTime; closes: WallTime; slotMinutes: number }): void {
  if (!isWallTime(args.opens)) throw invalidHours('opens', `opens must be a time HH:MM, got ${JSON.stringify(args.opens)}`);
  if (!isWallTime(args.closes)) throw invalidHours('closes', `closes must be a time HH:MM, got ${JSON.stringify(args.closes)}`);
  const { slotMinutes } = args;
  if (!Number.isInteger(slotMinutes) || slotMinutes < MIN_SLOT_MINUTES || slotMinutes > MAX_SLOT_MINUTES) {
    throw invalidHours('slotMinutes', `slotMinutes must be a whole number ${MIN_SLOT_MINUTES}..${MAX_SLOT_MINUTES}`);
  }
  const [opens, closes] = [wallTimeToMinutes(args.opens), wallTimeToMinutes(args.closes)];
  if (closes <= opens) throw invalidHours('closes', `closes (${args.closes}) must be after opens (${args.opens})`);
  if (closes - opens < slotMinutes) {
    throw invalidHours('slotMinutes', `No ${slotMinutes}-minute slot fits between ${args.opens} and ${args.closes}`);
  }
}

/**
 * The instant the clock first shows `minutes` on `date`: the first pass of an hour repeated in
 * autumn; for a time skipped in spring, the moment the clocks jump (the last minute before the
 * gap, plus one).
 */
function boundary(date: LocalDate, minutes: number, zone: string, floor: number): number {
  const resolved = resolveWallTime(date, minutes, zone);
  if (resolved.kind !== 'gap') return resolved.ms;
  let before = minutes - 1;
  while (before > floor && resolveWallTime(date, before, zone).kind === 'gap') before--;
  return resolveWallTime(date, before, zone).ms + MINUTE_MS;
}

/**
 * The day's slots, cut in wall-clock minutes from `opens` so that daylight saving never moves a
 * pickup time; a slot that would end after `closes` is not created.
 *
 * Nights with a clock change (rare: only a distribution running over 02:00–03:00 sees them):
 * - spring: a slot whose start does not exist that night (02:00–02:59 in Europe/Oslo) is not
 *   created; a slot whose end falls in the gap ends when the clocks jump.
 * - autumn: every wall time is taken at its first pass, so the slots of 02:00–02:59 happen once,
 *   in summer time, and the slot ending at 03:00 also covers the repeated hour.
 * Slots therefore never overlap and always follow each other in time.
 */
export function daySlots(args: {
  date: LocalDate;
  opens: WallTime;
  closes: WallTime;
  slotMinutes: number;
  zone: string;
}): Slot[] {
  validateDistributionTimes(args);
  const { date, slotMinutes, zone } = args;
  const [opens, closes] = [wallTimeToMinutes(args.opens), wallTimeToMinutes(args.closes)];
  const count = Math.floor((closes - opens) / slotMinutes);
  const first = resolveWallTime(date, opens, zone);
  const last = resolveWallTime(date, opens + count * slotMinutes, zone);
  const steadyOffset =
    first.kind === 'exact' && last.kind === 'exact' && last.ms - first.ms === count * slotMinutes * MINUTE_MS;

  const slots: Slot[] = [];
  for (let k = 0; k < count; k++) {
    const wallStart = opens + k * slotMinutes;
    if (steadyOffset) {
      // No clock change between opens and the last boundary: wall minutes are real minutes.
      const start = first.ms + k * slotMinutes * MINUTE_MS;
      slots.push({ start, end: start + slotMinutes * MINUTE_MS });
      continue;
    }
    if (resolveWallTime(date, wallStart, zone).kind === 'gap') continue;
    slots.push({
      start: boundary(date, wallStart, zone, wallStart),
      end: boundary(date, wallStart + slotMinutes, zone, wallStart),
    });
  }
  return slots;
}
