import { and, eq, sql } from 'drizzle-orm';
import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { allocate, eligibleSlots, type SlotLoad } from '../domain/allocation';
import { generateCode } from '../domain/codes';
import { DomainError } from '../domain/errors';
import { localToInstant, todayIn, wallTimeToMinutes } from '../domain/local-date';
import type { Services } from '../services';
import type { IssueTicketsInput } from '../schemas/core';
import { dayPlanOf, type DayPlan } from './day-plan';
import type { DistributionRow } from './distributions';
import { prepared } from './prepared';
import { closures, distributions, sites, tickets } from './schema';
import type { SiteRow } from './sites';
import { isUniqueViolation, triggerFailure } from './sql-errors';

export type TicketRow = typeof tickets.$inferSelect;
/** A ticket as issuing gives it back: the row but its id (see `seatRequests`). */
export type IssuedTicket = Omit<TicketRow, 'id'>;

const MAX_ATTEMPTS = 12;
const HOUR_MS = 3_600_000;

/** The day as read with the place: its closure and the seats taken per slot start. */
type DayRead = { closure: { reason: string } | null; loads: ReadonlyMap<number, number> };
/** Where tickets are issued; `day` when it was read with them. */
export type IssuePlace = { site: SiteRow; d: DistributionRow; day?: DayRead };

// Issuing names a site, one of its distributions and a date: one query reads the three rows, the
// day's closure and its seats taken. A local date's slots start between 14 hours before its UTC
// midnight and 36 after in every zone (UTC+14 … UTC-12); only loaded slots are read, so the cost
// follows the tickets, not the day's length, and loads of a neighbouring day are never looked up.
const placeBy = (key: 'slugs' | 'distributionId') =>
  prepared((db) => {
    const p = sql.placeholder;
    return db
      .select({
        site: sites,
        distribution: distributions,
        closedBecause: closures.reason,
        loads: sql<string>`(select json_group_array(json_array(slot_start, taken)) from slot_loads
          where distribution_id = ${distributions.id} and slot_start between ${p('from')} and ${p('to')} and taken > 0)`,
      })
      .from(sites)
      .leftJoin(distributions, key === 'slugs' ? and(eq(distributions.siteId, sites.id), eq(distributions.slug, p('dist'))) : eq(distributions.siteId, sites.id))
      .leftJoin(closures, and(eq(closures.distributionId, distributions.id), eq(closures.date, p('date'))))
      .where(key === 'slugs' ? eq(sites.slug, p('site')) : eq(distributions.id, p('distributionId')))
      .prepare();
  });
const placeBySlugs = placeBy('slugs');
const placeById = placeBy('distributionId');

function dayBounds(date: string) {
  const midnightUtc = Date.parse(`${date}T00:00:00Z`);
  return { date, from: midnightUtc - 14 * HOUR_MS, to: midnightUtc + 36 * HOUR_MS };
}

type PlaceRow = { site: SiteRow; distribution: DistributionRow | null; closedBecause: string | null; loads: string | null };

function dayRead(row: PlaceRow): DayRead {
  const loads = JSON.parse(row.loads ?? '[]') as [number, number][];
  return { closure: row.closedBecause === null ? null : { reason: row.closedBecause }, loads: new Map(loads) };
}

/** The site and distribution a ticket is issued on, and the day's closure and loads; the same 404s as findSite and findDistribution. */
export async function findIssuePlace({ db }: Services, siteSlug: string, distSlug: string, date: string): Promise<IssuePlace> {
  const row = await placeBySlugs(db).get({ site: siteSlug, dist: distSlug, ...dayBounds(date) });
  if (!row) throw new DomainError(404, 'site_not_found', `No site "${siteSlug}".`);
  if (!row.distribution) throw new DomainError(404, 'distribution_not_found', `No distribution "${distSlug}" at ${row.site.slug}.`);
  return { site: row.site, d: row.distribution, day: dayRead(row) };
}

/** The place read again by the distribution's id: its row as it is now, with fresh loads. */
async function placeAgain({ db }: Services, distributionId: number, date: string): Promise<Required<IssuePlace>> {
  const row = await placeById(db).get({ distributionId, ...dayBounds(date) });
  if (!row?.distribution) throw new DomainError(404, 'distribution_not_found', 'The distribution no longer exists.');
  return { site: row.site, d: row.distribution, day: dayRead(row) };
}

/**
 * Issues `count` tickets all or nothing, one ticket or a batch alike: the seats are planned from
 * the loads read with the place and taken by one statement (`takeSeats`). The capacity triggers
 * fail it if a slot filled meanwhile ('slot_full'), the view's trigger if the slots were
 * reshaped ('plan_stale'); either way we read the place again and plan anew.
 */
export async function issueTickets(services: Services, place: IssuePlace, input: IssueTicketsInput): Promise<IssuedTicket[]> {
  let current = place.day ? (place as Required<IssuePlace>) : null;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    current ??= await placeAgain(services, place.d.id, input.date);
    const { site, d, day } = current;
    current = null;
    const candidates = offeredSlots(services, site, dayPlanOf(d, input.date, site.timezone, day.closure, day.loads), input);
    try {
      return await takeSeats(services, d, input, candidates);
    } catch (error) {
      const failure = triggerFailure(error);
      if (failure === 'day_closed') throw closedError(input.date);
      if (failure === 'plan_stale') continue;
      if (failure !== 'slot_full' && !isUniqueViolation(error, 'tickets.code')) throw error;
      // Someone took a seat between our read and our write: plan again from fresh counts.
      await new Promise((r) => setTimeout(r, Math.random() * 5 * attempt));
    }
  }
  throw new DomainError(409, 'busy', 'Many tickets are being issued for this day right now; please try again.');
}

/** The slots a new ticket may go in: an open day, not past, at or after notBefore. */
function offeredSlots(services: Services, site: SiteRow, plan: DayPlan, input: IssueTicketsInput): SlotLoad[] {
  if (!plan.openingDay) throw new DomainError(409, 'not_open', `The distribution is not open on ${input.date}.`);
  if (plan.closed) throw closedError(input.date, plan.closed.reason);
  const now = services.now();
  const today = todayIn(site.timezone, now);
  if (input.date < today) throw new DomainError(409, 'day_passed', `${input.date} has passed.`);
  return eligibleSlots(plan.slots, {
    nowMs: input.date === today ? now : undefined,
    notBeforeMs: input.notBefore ? localToInstant(input.date, wallTimeToMinutes(input.notBefore), site.timezone) : undefined,
  });
}

function closedError(date: string, reason?: string) {
  return new DomainError(409, 'day_closed', `The distribution is closed on ${date}${reason ? `: ${reason}` : ''}.`, reason ? { reason } : undefined);
}

function notEnough(free: number, count: number) {
  return new DomainError(409, 'not_enough_free', `Only ${free} free place${free === 1 ? '' : 's'} left; ${count} asked for. Nothing was issued.`, { free });
}

/**
 * The view of drizzle/schema.sql whose INSTEAD OF trigger turns each row into a booked ticket
 * unless the distribution's version is no longer `plannedVersion`. Declared here, not in the
 * schema: drizzle inserts only into tables, and drizzle-kit must not create one by this name.
 * Its RETURNING gives the rows as inserted into the view, so a ticket's id is not among them.
 */
const seatRequests = sqliteTable('seat_requests', {
  code: text('code').notNull(),
  distributionId: integer('distribution_id').notNull(),
  date: text('date').notNull(),
  slotStart: integer('slot_start').notNull(),
  slotEnd: integer('slot_end').notNull(),
  note: text('note'),
  issuedAt: integer('issued_at').notNull(),
  plannedVersion: integer('planned_version').notNull(),
});

// Every seat of a plan in one statement, so a trigger's RAISE or a duplicate code undoes every
// row. The rows travel as one JSON parameter, which keeps under D1's 100 bound parameters.
// Columns in the view's order, as drizzle's insert … select needs.
const insertSeats = prepared((db) => {
  const p = sql.placeholder;
  return db
    .insert(seatRequests)
    .select(
      sql`select json_extract(s.value, '$[0]'), ${p('distributionId')}, ${p('date')}, json_extract(s.value, '$[1]'), json_extract(s.value, '$[2]'), ${p('note')}, ${p('now')}, ${p('version')}
      from json_each(${p('seats')}) as s
      order by s.key`,
    )
    .returning()
    .prepare();
});

async function takeSeats(services: Services, d: DistributionRow, input: IssueTicketsInput, candidates: SlotLoad[]): Promise<IssuedTicket[]> {
  const free = candidates.reduce((sum, s) => sum + Math.max(0, s.capacity - s.taken), 0);
  if (free < input.count) throw notEnough(free, input.count);
  const slotIndexes = allocate(candidates, input.count, input.strategy);
  const seats = slotIndexes.map((i) => [generateCode(), candidates[i]!.start, candidates[i]!.end]);
  const rows = await insertSeats(services.db).all({
    seats: JSON.stringify(seats),
    distributionId: d.id,
    date: input.date,
    note: input.note ?? null,
    now: services.now(),
    version: d.version,
  });
  // RETURNING promises no order: give the tickets back in the plan's, which is time order.
  const planned = new Map(seats.map(([code], i) => [code, i]));
  return rows
    .sort((a, b) => planned.get(a.code)! - planned.get(b.code)!)
    .map(({ plannedVersion: _, ...seat }) => ({ ...seat, status: 'booked' as const, notice: null, updatedAt: seat.issuedAt }));
}
