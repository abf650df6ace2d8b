import { and, eq, sql } from 'drizzle-orm';
import { generateCode } from '../domain/codes';
import { DomainError } from '../domain/errors';
import { reorder, type Move, type StopStatus } from '../domain/rounds';
import type { Services } from '../services';
import type { RoundRow, RoundWithStops, StopRow } from './rounds';
import { deliveryRounds, roundStops } from './schema';
import { isUniqueViolation, triggerFailure } from './sql-errors';

const MAX_ATTEMPTS = 5;
// Moves planned from the same read retry one after the other: enough for a team at one round.
const MAX_MOVE_ATTEMPTS = 12;
const MAX_STOPS = 200;

/** A reorder claims the version after the one it planned from; the guard trigger refuses any other step. */
function claimVersion(services: Services, round: RoundRow) {
  return services.db
    .update(deliveryRounds)
    .set({ version: round.version + 1 })
    .where(eq(deliveryRounds.id, round.id))
    .returning({ version: deliveryRounds.version });
}

/**
 * Appends stops at the end of the order. The places are taken from the round's stops in the same
 * statement that writes them, so two people adding at once get the next places one after the
 * other (the unique (round, position) index would refuse a shared one). A code that is already a
 * ticket's or a stop's (the trigger round_stop_code_is_free) makes it try again with fresh codes.
 */
export async function insertStopsOf(services: Services, round: RoundRow, items: { label: string; bring: string | null }[]): Promise<StopRow[]> {
  if (items.length === 0) return [];
  const now = services.now();
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const rows = JSON.stringify(items.map((i) => [i.label, i.bring, generateCode()]));
    const insert = services.db
      .insert(roundStops)
      .select(
        sql`select null, ${round.id},
            (select coalesce(max(s.position), -1) + 1 from round_stops s where s.round_id = ${round.id}) + j.key,
            json_extract(j.value, '$[0]'), json_extract(j.value, '$[1]'), json_extract(j.value, '$[2]'), 'planned', ${now}, ${now}
          from json_each(${rows}) j
          where (select count(*) from round_stops s where s.round_id = ${round.id}) + json_array_length(${rows}) <= ${MAX_STOPS}
          order by j.key`,
      )
      .returning();
    try {
      const stops = (await insert) as StopRow[];
      if (stops.length === 0) throw new DomainError(409, 'round_full', `A round holds at most ${MAX_STOPS} stops.`);
      return stops;
    } catch (error) {
      if (!isUniqueViolation(error, 'round_stops.code')) throw error;
    }
  }
  throw new DomainError(409, 'busy', 'Could not find a free code; please try again.');
}

/**
 * Moves a stop in the order as one atomic unit: the version read with the order is checked by a
 * trigger, every place goes negative (SQLite checks a unique index row by row, so a plain swap
 * would collide half-way), then each stop takes its new place. Another move in between rolls it
 * back, and it is planned again from a fresh read. A stop added meanwhile is not in the plan and
 * keeps its place after the planned ones; one removed meanwhile leaves a gap, which the windows
 * (counted by rank) do not see.
 */
export async function moveStop(services: Services, load: () => Promise<RoundWithStops>, stopId: number, move: Move): Promise<RoundWithStops> {
  for (let attempt = 1; attempt <= MAX_MOVE_ATTEMPTS; attempt++) {
    const { round, stops } = await load();
    const order = reorder(stops.map((s) => s.id), stopId, move);
    if (!order) throw new DomainError(404, 'stop_not_found', 'No such stop in this round.');
    if (order.every((id, i) => id === stops[i]!.id)) return { round, stops };
    const { db } = services;
    const places = JSON.stringify(order);
    try {
      await services.store.atomic([
        claimVersion(services, round),
        db.update(roundStops).set({ position: sql`-1 - ${roundStops.position}` }).where(eq(roundStops.roundId, round.id)).returning({ id: roundStops.id }),
        db
          .update(roundStops)
          .set({ position: sql`coalesce((select j.key from json_each(${places}) j where j.value = ${roundStops.id}), json_array_length(${places}) - 1 - ${roundStops.position})` })
          .where(eq(roundStops.roundId, round.id))
          .returning({ id: roundStops.id }),
      ]);
      return await load();
    } catch (error) {
      if (triggerFailure(error) !== 'round_changed') throw error;
    }
  }
  throw new DomainError(409, 'round_changed', 'The round is being changed by someone else; please try again.');
}

export async function removeStop(services: Services, round: RoundRow, stop: StopRow) {
  await services.db.delete(roundStops).where(and(eq(roundStops.id, stop.id), eq(roundStops.roundId, round.id)));
}

export async function editStop(services: Services, stop: StopRow, changes: { label?: string | undefined; bring?: string | null | undefined }): Promise<StopRow> {
  const updated = await services.db
    .update(roundStops)
    .set({ ...changes, updatedAt: services.now() })
    .where(eq(roundStops.id, stop.id))
    .returning()
    .get();
  return updated!;
}

export async function setStopStatus(services: Services, stop: StopRow, status: StopStatus): Promise<StopRow> {
  if (stop.status === status) return stop;
  const updated = await services.db.update(roundStops).set({ status, updatedAt: services.now() }).where(eq(roundStops.id, stop.id)).returning().get();
  return updated!;
}

export function requireStop(found: RoundWithStops, stopId: number): StopRow {
  const stop = found.stops.find((s) => s.id === stopId);
  if (!stop) throw new DomainError(404, 'stop_not_found', 'No such stop in this round.');
  return stop;
}
