/**
 * Cohorts: an activity's fixed small groups. The rule is stated here once, in plain code, and the
 * take-a-place SQL in src/db/activities.ts does the same thing inside one statement (so two
 * processes cannot both take the last place); the tests hold both to this rule.
 */

export const maxCohorts = 26;

/** 'A', 'B', 'C', ... for cohort index 0, 1, 2, ... */
export function cohortName(index: number): string {
  if (!Number.isInteger(index) || index < 0 || index >= maxCohorts) throw new RangeError(`No cohort ${index}`);
  return String.fromCharCode(65 + index);
}

/** The index for a cohort name ('b' and 'B' alike), or null when there is no such cohort. */
export function cohortIndex(name: string, cohorts: number): number | null {
  const trimmed = name.trim().toUpperCase();
  if (!/^[A-Z]$/.test(trimmed)) return null;
  const index = trimmed.charCodeAt(0) - 65;
  return index < cohorts ? index : null;
}

/**
 * The cohort a new member joins: the least-filled one with room, ties to the lowest index; or the
 * requested one if it has room. Null when there is no room (the caller offers the waiting list).
 */
export function pickCohort(filled: readonly number[], cohortSize: number, requested?: number): number | null {
  if (requested !== undefined) return (filled[requested] ?? Infinity) < cohortSize ? requested : null;
  let best: number | null = null;
  filled.forEach((count, index) => {
    if (count < cohortSize && (best === null || count < filled[best])) best = index;
  });
  return best;
}

/** Free places per cohort, never negative even if a cap was lowered under existing members. */
export function freePlaces(filled: readonly number[], cohortSize: number): number[] {
  return filled.map((count) => Math.max(0, cohortSize - count));
}

type Waiting = { id: number };

/** Waiting members in the order they are moved in: first come, first served (by join order). */
export function waitingOrder<T extends Waiting>(waiting: readonly T[]): T[] {
  return [...waiting].sort((a, b) => a.id - b.id);
}

/** 1-based place in the waiting list, or null when `id` is not waiting. */
export function waitingPosition(waiting: readonly Waiting[], id: number): number | null {
  const index = waitingOrder(waiting).findIndex((w) => w.id === id);
  return index < 0 ? null : index + 1;
}
