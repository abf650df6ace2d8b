import { and, asc, between, eq, sql } from 'drizzle-orm';
import { DomainError } from '../domain/errors';
import { isoInZone } from '../domain/local-date';
import { isRecurringDate, occurrences, parseRecurrence } from '../domain/recurrence/dates';
import type { Services } from '../services';
import type { CreateBikeStopInput, UpdateBikeStopInput } from '../schemas/outreach';
import type { BikeOffer, BikeStopStatus } from '../domain/vocabulary';
import { auditEntry, type Actor } from './audit';
import { auditEntryIf } from './audit-if';
import { bikeStopCancellations, bikeStops, bikeStopUpdates } from './schema';
import { isUniqueViolation } from './sql-errors';
import { insertWithSlug, slugsLike } from './derived-slug';

export type BikeStopRow = typeof bikeStops.$inferSelect;

export function stopOffers(stop: BikeStopRow): BikeOffer[] {
  return JSON.parse(stop.offers) as BikeOffer[];
}

function assertValidSchedule(s: Pick<BikeStopRow, 'rrule' | 'startsOn' | 'until'>) {
  parseRecurrence(s.rrule, s.startsOn);
  if (s.until && s.until < s.startsOn) {
    throw new DomainError(400, 'invalid_input', 'until must not be before startsOn', { fields: [{ field: 'until', message: 'before startsOn' }] });
  }
}

function duplicate(slug: string | undefined) {
  return new DomainError(409, 'duplicate_slug', `A bike stop "${slug}" exists already.`);
}

export async function listBikeStops({ db }: Services) {
  return db.select().from(bikeStops).orderBy(asc(bikeStops.name)).all();
}

export async function findBikeStop({ db }: Services, slug: string): Promise<BikeStopRow> {
  const stop = await db.select().from(bikeStops).where(eq(bikeStops.slug, slug)).get();
  if (!stop) throw new DomainError(404, 'bike_stop_not_found', `No bike stop "${slug}".`);
  return stop;
}

/** Without a slug, one is made from the name. */
export async function createBikeStop(services: Services, input: CreateBikeStopInput): Promise<BikeStopRow> {
  const row = {
    ...input,
    lat: input.lat ?? null,
    lon: input.lon ?? null,
    until: input.until ?? null,
    timezone: input.timezone ?? 'Europe/Oslo',
    offers: JSON.stringify([...new Set(input.offers ?? [])]),
    createdAt: services.now(),
  };
  assertValidSchedule(row);
  return insertWithSlug({
    slug: input.slug,
    name: input.name,
    fallback: 'stop',
    taken: async (base) => (await services.db.select({ slug: bikeStops.slug }).from(bikeStops).where(slugsLike(bikeStops.slug, base)).all()).map((r) => r.slug),
    insert: async (slug) => {
      const [stop] = await services.db.insert(bikeStops).values({ ...row, slug }).returning();
      return stop!;
    },
    uniqueColumn: 'bike_stops.slug',
    duplicate,
  });
}

export async function updateBikeStop(services: Services, stop: BikeStopRow, input: UpdateBikeStopInput): Promise<BikeStopRow> {
  const { offers, ...rest } = input;
  const changes = { ...rest, ...(offers ? { offers: JSON.stringify([...new Set(offers)]) } : {}) };
  assertValidSchedule({ ...stop, ...changes });
  try {
    const [updated] = await services.db.update(bikeStops).set(changes).where(eq(bikeStops.id, stop.id)).returning();
    return updated!;
  } catch (error) {
    if (isUniqueViolation(error, 'bike_stops.slug')) throw duplicate(input.slug);
    throw error;
  }
}

/** 400 unless the stop is scheduled on that date: cancelling or tallying a day it never runs is a typo. */
export function assertStopDate(stop: BikeStopRow, date: string) {
  if (!isRecurringDate(stop.rrule, stop.startsOn, stop.until, date, stop.timezone)) {
    throw new DomainError(400, 'not_an_occurrence', `The bike is not scheduled at ${stop.slug} on ${date}.`, {
      fields: [{ field: 'date', message: 'not a date the stop runs' }],
    });
  }
}

export async function cancelStopDate(services: Services, stop: BikeStopRow, date: string, reason: string, actor: Actor) {
  assertStopDate(stop, date);
  try {
    await services.store.atomic([
      services.db.insert(bikeStopCancellations).values({ stopId: stop.id, date, reason, createdAt: services.now() }).returning({ date: bikeStopCancellations.date }),
      auditEntry(services, actor, 'stop_date_cancelled', `${stop.slug} ${date}: ${reason}`),
    ]);
  } catch (error) {
    if (isUniqueViolation(error, 'bike_stop_cancellations')) throw new DomainError(409, 'already_cancelled', `${date} is already cancelled.`);
    throw error;
  }
  return { stop: stop.slug, date, reason };
}

export async function uncancelStopDate(services: Services, stop: BikeStopRow, date: string, actor: Actor) {
  const row = and(eq(bikeStopCancellations.stopId, stop.id), eq(bikeStopCancellations.date, date));
  // The entry first, on the delete's own condition: undoing what is not cancelled records nothing.
  const [, removed] = await services.store.atomic([
    auditEntryIf(services, actor, 'stop_date_restored', `${stop.slug} ${date}`, sql`exists (select 1 from ${bikeStopCancellations} where ${row})`),
    services.db.delete(bikeStopCancellations).where(row).returning({ date: bikeStopCancellations.date }),
  ]);
  if ((removed as unknown[]).length === 0) throw new DomainError(404, 'cancellation_not_found', `${date} is not cancelled.`);
}

/** The crew's word for the day; a later word replaces the earlier one. */
export async function setStopStatus(
  services: Services,
  stop: BikeStopRow,
  input: { date: string; status?: BikeStopStatus | null; message?: string | null },
) {
  assertStopDate(stop, input.date);
  const values = { status: input.status ?? null, message: input.message || null, updatedAt: services.now() };
  await services.db
    .insert(bikeStopUpdates)
    .values({ stopId: stop.id, date: input.date, ...values })
    .onConflictDoUpdate({ target: [bikeStopUpdates.stopId, bikeStopUpdates.date], set: values });
  return { stop: stop.slug, date: input.date, status: values.status, message: values.message };
}

/** Dates on which each stop does not run: cancelled ahead, or called off on the day. */
export async function cancelledStopDates({ db }: Services) {
  const [cancelled, calledOff] = await Promise.all([
    db.select().from(bikeStopCancellations).all(),
    db.select().from(bikeStopUpdates).where(eq(bikeStopUpdates.status, 'cancelled')).all(),
  ]);
  const byStop = new Map<number, Map<string, string>>();
  const put = (stopId: number, date: string, reason: string) => {
    const dates = byStop.get(stopId) ?? new Map<string, string>();
    if (!dates.has(date)) dates.set(date, reason);
    byStop.set(stopId, dates);
  };
  for (const c of cancelled) put(c.stopId, c.date, c.reason);
  for (const u of calledOff) put(u.stopId, u.date, u.message ?? '');
  return byStop;
}

export type ScheduledStop = Omit<ReturnType<typeof occurrenceView>, 'startMs'>;

function occurrenceView(
  stop: BikeStopRow,
  o: { date: string; start: number; end: number },
  cancellation: string | undefined,
  update: { status: BikeStopStatus | null; message: string | null } | undefined,
) {
  const calledOff = update?.status === 'cancelled';
  return {
    stop: stop.slug,
    name: stop.name,
    place: stop.place,
    date: o.date,
    start: isoInZone(o.start, stop.timezone),
    end: isoInZone(o.end, stop.timezone),
    cancelled: cancellation !== undefined || calledOff,
    reason: cancellation ?? (calledOff ? (update?.message ?? '') : null),
    status: update?.status ?? null,
    message: update?.message ?? null,
    lat: stop.lat,
    lon: stop.lon,
    offers: stopOffers(stop),
    timezone: stop.timezone,
    startMs: o.start,
  };
}

/** Every stop's occurrences in [from, to] (dates in each stop's zone), cancelled ones flagged, sorted by start. */
export async function bikeSchedule(services: Services, from: string, to: string, only?: BikeStopRow): Promise<ScheduledStop[]> {
  const { db } = services;
  const stops = only ? [only] : await listBikeStops(services);
  if (stops.length === 0) return [];
  // All stops or one: no list of ids, which D1's 100 bound parameters would cap.
  const [cancelled, updates] = await Promise.all([
    db
      .select()
      .from(bikeStopCancellations)
      .where(and(only ? eq(bikeStopCancellations.stopId, only.id) : undefined, between(bikeStopCancellations.date, from, to)))
      .all(),
    db
      .select()
      .from(bikeStopUpdates)
      .where(and(only ? eq(bikeStopUpdates.stopId, only.id) : undefined, between(bikeStopUpdates.date, from, to)))
      .all(),
  ]);
  const reasons = new Map(cancelled.map((c) => [`${c.stopId}|${c.date}`, c.reason]));
  const words = new Map(updates.map((u) => [`${u.stopId}|${u.date}`, u]));
  const all = stops.flatMap((stop) =>
    occurrences({ rule: stop.rrule, startsOn: stop.startsOn, until: stop.until, startTime: stop.startTime, durationMinutes: stop.durationMinutes, zone: stop.timezone, from, to }).map((o) =>
      occurrenceView(stop, o, reasons.get(`${stop.id}|${o.date}`), words.get(`${stop.id}|${o.date}`)),
    ),
  );
  return all
    .sort((a, b) => a.startMs - b.startMs || a.stop.localeCompare(b.stop))
    .map(({ startMs: _, ...view }): ScheduledStop => view);
}
