import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { DomainError } from '../domain/errors';
import { addDays, todayIn } from '../domain/local-date';
import type { Services } from '../services';
import { auditEntry, type Actor } from './audit';
import { insertStopsOf } from './round-stops';
import { deliveryRounds, roundStops } from './schema';
import type { SiteRow } from './sites';

export type RoundRow = typeof deliveryRounds.$inferSelect;
export type StopRow = typeof roundStops.$inferSelect;
export type RoundWithStops = { round: RoundRow; stops: StopRow[] };
type RoundInput = { date: string; name: string; starts: string; minutesPerStop: number; breakAfterStop?: number | null | undefined; breakMinutes?: number | undefined };

/** Planning a day that is over helps nobody and would rewrite what the reports count. */
export function assertNotPassed(services: Services, site: SiteRow, date: string) {
  if (date < todayIn(site.timezone, services.now())) throw new DomainError(409, 'day_passed', `${date} has passed.`);
}

// The audit names the day and the place, never the round's name: it is free text like a label.
const auditTarget = (site: SiteRow, date: string) => `${site.slug} ${date}`;

export async function createRound(services: Services, site: SiteRow, input: RoundInput, actor: Actor): Promise<RoundWithStops> {
  assertNotPassed(services, site, input.date);
  const { db } = services;
  const [rows] = await services.store.atomic([
    db
      .insert(deliveryRounds)
      .values({ siteId: site.id, date: input.date, name: input.name, starts: input.starts, minutesPerStop: input.minutesPerStop, breakAfterStop: input.breakAfterStop ?? null, breakMinutes: input.breakMinutes ?? 0, createdAt: services.now() })
      .returning(),
    auditEntry(services, actor, 'round_created', auditTarget(site, input.date)),
  ]);
  return { round: (rows as RoundRow[])[0]!, stops: [] };
}

/** A site's rounds of a day with their stops in driving order, in two statements. */
export async function listRounds({ db }: Services, site: SiteRow, date: string): Promise<RoundWithStops[]> {
  const rounds = await db.select().from(deliveryRounds).where(and(eq(deliveryRounds.siteId, site.id), eq(deliveryRounds.date, date))).orderBy(asc(deliveryRounds.starts), asc(deliveryRounds.id)).all();
  if (rounds.length === 0) return [];
  const stops = await db.select().from(roundStops).where(inArray(roundStops.roundId, rounds.map((r) => r.id))).orderBy(asc(roundStops.position)).all();
  return rounds.map((round) => ({ round, stops: stops.filter((s) => s.roundId === round.id) }));
}

export async function findRound({ db }: Services, site: SiteRow, id: number): Promise<RoundWithStops> {
  const round = await db.select().from(deliveryRounds).where(and(eq(deliveryRounds.id, id), eq(deliveryRounds.siteId, site.id))).get();
  if (!round) throw new DomainError(404, 'round_not_found', 'No such round at this site.');
  const stops = await db.select().from(roundStops).where(eq(roundStops.roundId, id)).orderBy(asc(roundStops.position)).all();
  return { round, stops };
}

export async function removeRound(services: Services, site: SiteRow, round: RoundRow, actor: Actor) {
  await services.store.atomic([
    services.db.delete(deliveryRounds).where(eq(deliveryRounds.id, round.id)).returning({ id: deliveryRounds.id }),
    auditEntry(services, actor, 'round_removed', auditTarget(site, round.date)),
  ]);
}

/** How late a round can be said to run, in all. */
const MAX_DELAY = 600;

/** "Running late": every stop not yet done moves by `minutes`; one statement, so two at once add up. */
export async function delayRound(services: Services, site: SiteRow, round: RoundRow, minutes: number): Promise<RoundRow> {
  assertNotPassed(services, site, round.date);
  const { db } = services;
  const updated = await db
    .update(deliveryRounds)
    .set({ delayMinutes: sql`max(0, min(${MAX_DELAY}, ${deliveryRounds.delayMinutes} + ${minutes}))` })
    .where(eq(deliveryRounds.id, round.id))
    .returning()
    .get();
  return updated!;
}

/**
 * The same round a week later with the same pace and order: the labels kept or left empty to fill
 * in, every stop with a new code (a code belongs to one day's visit).
 */
export async function copyRoundToNextWeek(services: Services, site: SiteRow, from: RoundWithStops, keepLabels: boolean, actor: Actor): Promise<RoundWithStops> {
  const { round } = from;
  const date = addDays(round.date, 7);
  const copy = await createRound(services, site, { date, name: round.name, starts: round.starts, minutesPerStop: round.minutesPerStop, breakAfterStop: round.breakAfterStop, breakMinutes: round.breakMinutes }, actor);
  const stops = await insertStopsOf(services, copy.round, from.stops.map((s) => ({ label: keepLabels ? s.label : '', bring: s.bring })));
  return { round: copy.round, stops };
}
