import { keepBounded } from '../domain/keep-bounded';
import { loadsBetweenAsJson } from './day-plan';
import type { Database, Store } from './store';

/**
 * A day's slot loads remembered between walk-ins on better-sqlite3. Reading them (one key-range
 * read of slot_loads, ~30 µs) was the largest part of issuing one ticket, and a walk-in desk
 * issues on the same day all morning. Under the write lock the loads are read again only when
 * something other than the walk-ins' own inserts may have changed them: a write here whose SQL
 * names slot_loads or a table whose writes reach it, or another process's commit
 * (`Store.slotLoadsVersion`). Each walk-in adds its own seat to what is remembered. A failed
 * walk-in forgets every day; the capacity triggers guard each insert whatever is remembered.
 */
type DayLoads = { first: number; takenAt: Map<number, number>; othersWrites: number; othersCommits: number };
type Remembered = { ownInserts: number; days: Map<string, DayLoads> };

const byStore = new WeakMap<Store, Remembered>();
const DAYS_KEPT = 2_000;

/** A day's loads, as remembered: read them with `takenIn`, add a walk-in's seat with `tookIn`. */
export type WalkInDay = Readonly<DayLoads>;

/**
 * The loads of distribution `distributionId` over the slots starting from `first` to `last` (a
 * whole day's, so the key holds as the day's past slots drop out of the offer). Only under the
 * write lock.
 */
export function walkInDay(store: Store, db: Database, distributionId: number, first: number, last: number): WalkInDay {
  const version = store.slotLoadsVersion?.();
  if (!version) throw new Error('A walk-in day is read only under the write lock');
  const remembered = rememberedFor(store);
  const othersWrites = version.writesHere - remembered.ownInserts;
  const key = `${distributionId}|${first}|${last}`;
  let day = remembered.days.get(key);
  if (!day || day.othersWrites !== othersWrites || day.othersCommits !== version.othersCommits) {
    day = { first, takenAt: readLoads(db, distributionId, first, last), othersWrites, othersCommits: version.othersCommits };
    keepBounded(remembered.days, DAYS_KEPT, key, day);
  }
  return day;
}

// Keyed by the offset from the day's first slot: a small integer, not a boxed epoch time.
/** The seats taken in the slot starting at `start`. */
export function takenIn(day: WalkInDay, start: number): number {
  return day.takenAt.get(start - day.first) ?? 0;
}

/** Adds a walk-in's own seat, once its INSERT has run. */
export function tookIn(day: WalkInDay, start: number) {
  day.takenAt.set(start - day.first, takenIn(day, start) + 1);
}

/**
 * Runs a walk-in's own INSERT of one ticket, counted as the walk-ins' own so that the days
 * remembered stay valid. If it fails the caller's group fails with it, and `forgetWalkInDays`
 * follows (issue-tickets.ts).
 */
export function insertWalkIn<T>(store: Store, insert: () => T): T {
  try {
    return insert();
  } finally {
    rememberedFor(store).ownInserts++;
  }
}

/**
 * Forgets every remembered day: for when a walk-in failed (a trigger refused the seat chosen, so
 * the loads were wrong) or its group did (it may have been rolled back, seats remembered included).
 */
export function forgetWalkInDays(store: Store) {
  byStore.get(store)?.days.clear();
}

function rememberedFor(store: Store): Remembered {
  let remembered = byStore.get(store);
  if (!remembered) byStore.set(store, (remembered = { ownInserts: 0, days: new Map() }));
  return remembered;
}

function readLoads(db: Database, distributionId: number, first: number, last: number): Map<number, number> {
  const result = loadsBetweenAsJson(db).values({ id: distributionId, first, last });
  if (result instanceof Promise) throw new Error('A walk-in day must be read synchronously, under the lock');
  const [[startsAfterFirst, taken]] = result as [[string, string]];
  const offsets = JSON.parse(startsAfterFirst) as number[];
  const counts = JSON.parse(taken) as number[];
  const takenAt = new Map<number, number>();
  for (let i = 0; i < offsets.length; i++) takenAt.set(offsets[i]!, counts[i]!);
  return takenAt;
}
