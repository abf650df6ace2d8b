import { and, eq, sql, type SQL } from 'drizzle-orm';
import { allocate, eligibleSlots, type SlotLoad } from '../domain/allocation';
import { generateCode } from '../domain/codes';
import { DomainError } from '../domain/errors';
import { localToInstant, todayIn, wallTimeToMinutes } from '../domain/local-date';
import type { Services } from '../services';
import type { IssueTicketsInput } from '../schemas/core';
import { loadDayPlan, type DayPlan } from './day-plan';
import type { DistributionRow } from './distributions';
import { prepared } from './prepared';
import { closures, distributions, sites, tickets } from './schema';
import type { SiteRow } from './sites';
import { isNotNullViolation, isUniqueViolation, triggerFailure } from './sql-errors';

export type TicketRow = typeof tickets.$inferSelect;

const MAX_ATTEMPTS = 12;

// Issuing names a site, one of its distributions and a date: one query for the three rows and
// the day's closure, instead of three.
const issuePlace = prepared((db) =>
  db
    .select({ site: sites, distribution: distributions, closedBecause: closures.reason })
    .from(sites)
    .leftJoin(distributions, and(eq(distributions.siteId, sites.id), eq(distributions.slug, sql.placeholder('dist'))))
    .leftJoin(closures, and(eq(closures.distributionId, distributions.id), eq(closures.date, sql.placeholder('date'))))
    .where(eq(sites.slug, sql.placeholder('site')))
    .prepare(),
);

/** Where tickets are issued; `closure` is the day's closure when it was read with them. */
export type IssuePlace = { site: SiteRow; d: DistributionRow; closure?: { reason: string } | null };

/** The site and distribution a ticket is issued on, and the day's closure; the same 404s as findSite and findDistribution. */
export async function findIssuePlace({ db }: Services, siteSlug: string, distSlug: string, date: string): Promise<IssuePlace> {
  const row = await issuePlace(db).get({ site: siteSlug, dist: distSlug, date });
  if (!row) throw new DomainError(404, 'site_not_found', `No site "${siteSlug}".`);
  if (!row.distribution) throw new DomainError(404, 'distribution_not_found', `No distribution "${distSlug}" at ${row.site.slug}.`);
  return { site: row.site, d: row.distribution, closure: row.closedBecause === null ? null : { reason: row.closedBecause } };
}

/**
 * Issues `count` tickets all or nothing, always by one statement under the capacity triggers: a
 * single ticket by an INSERT … SELECT that picks a slot with room itself (see `oneSeat`), a batch
 * by one INSERT planned from a read, whose trigger aborts the whole statement if a slot filled
 * meanwhile; then we plan again from fresh counts.
 */
export async function issueTickets(services: Services, place: IssuePlace, input: IssueTicketsInput): Promise<TicketRow[]> {
  const { site, closure } = place;
  let d = place.d;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    // A single ticket's statement counts the seats itself, so it needs no counts read first.
    // The closure read with the place is used once; a retry reads it afresh (the capacity
    // triggers refuse a closed day whatever was read).
    const plan = await loadDayPlan(services, d, input.date, site.timezone, { counts: input.count > 1, closure: attempt === 1 ? closure : undefined });
    const candidates = offeredSlots(services, site, plan, input);
    try {
      if (input.count === 1) return [await takeOneSeat(services, d, input, candidates)];
      return await takeSeats(services, d, input, candidates);
    } catch (error) {
      if (isNotNullViolation(error, 'tickets.slot_start')) {
        // The slots were reshaped after our read (see `seatOrStale`): plan again from the row as it is now.
        d = await currentDistribution(services, d.id);
        continue;
      }
      const failure = triggerFailure(error);
      if (failure === 'day_closed') throw closedError(input.date);
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

// The fields a day's slots are computed from; a statement planned from them checks they still hold.
// SQLite's RAISE works only in triggers, so a statement that finds them changed gives a NULL slot
// start instead, which the NOT NULL constraint refuses: the whole statement fails and nothing is
// issued into a slot the change removed, and no extra read is needed to tell "stale" from "full".
const seatOrStale = (start: SQL, shape: SQL) => sql`case when ${shape} then ${start} end`;
const shapeOf = (d: DistributionRow) => ({ opens: d.opens, closes: d.closes, slotMinutes: d.slotMinutes, rrule: d.rrule, startsOn: d.startsOn, until: d.until });
type Shape = ReturnType<typeof shapeOf>;
/** Values, or placeholders for a prepared statement. */
type ShapeParams = { [K in keyof Shape | 'id']: unknown };
const shapeUnchanged = (v: ShapeParams) =>
  sql`exists (select 1 from distributions where id = ${v.id} and opens = ${v.opens} and closes = ${v.closes}
    and slot_minutes = ${v.slotMinutes} and rrule = ${v.rrule} and starts_on = ${v.startsOn} and until is ${v.until})`;
const shapePlaceholders: ShapeParams = {
  id: sql.placeholder('distributionId'),
  ...(Object.fromEntries(['opens', 'closes', 'slotMinutes', 'rrule', 'startsOn', 'until'].map((k) => [k, sql.placeholder(k)])) as Record<keyof Shape, unknown>),
};

async function currentDistribution({ db }: Services, id: number): Promise<DistributionRow> {
  const row = await db.select().from(distributions).where(eq(distributions.id, id)).get();
  if (!row) throw new DomainError(404, 'distribution_not_found', 'The distribution no longer exists.');
  return row;
}

/**
 * One statement picks the slot and takes the seat, so concurrent walk-ins (in this process or
 * another) never collide on a stale plan: the candidate slots come in as two JSON arrays of
 * numbers (starts, and ends at the same positions), their loads are read in the same statement
 * from slot_loads (one row a slot, kept exact by triggers) and the capacity from the
 * distribution row; only the chosen slot's end is read out of `ends` (extracting both edges of
 * every candidate cost more than choosing). Being one statement it is atomic on both runtimes.
 */
const oneSeat = (order: 'spread' | 'earliest') =>
  prepared((db) => {
    const p = sql.placeholder;
    return db
      .insert(tickets)
      .select(
        sql`select null, ${p('code')}, ${p('distributionId')}, ${p('date')}, ${seatOrStale(sql`chosen.start`, sql`chosen.ok`)}, json_extract(${p('ends')}, '$[' || chosen.position || ']'), 'booked', ${p('note')}, null, ${p('now')}, ${p('now')}
        from (select c.key as position, c.value as start, g.ok from json_each(${p('starts')}) as c
          cross join (select ${shapeUnchanged(shapePlaceholders)} as ok) as g
          left join slot_loads as l on l.distribution_id = ${p('distributionId')} and l.slot_start = c.value
          -- Stale: any candidate, so that the statement fails rather than answering "full".
          where not g.ok or coalesce(l.taken, 0) < (select per_slot from distributions where id = ${p('distributionId')})
          order by ${order === 'spread' ? sql`coalesce(l.taken, 0) asc, c.value asc` : sql`c.value asc`}
          limit 1) as chosen`,
      )
      .returning()
      .prepare();
  });
const oneSeatBy = { spread: oneSeat('spread'), earliest: oneSeat('earliest') };

async function takeOneSeat({ db, now }: Services, d: DistributionRow, input: IssueTicketsInput, candidates: SlotLoad[]): Promise<TicketRow> {
  if (candidates.length === 0) throw notEnough(0, 1);
  const starts = JSON.stringify(candidates.map((s) => s.start));
  const ends = JSON.stringify(candidates.map((s) => s.end));
  const args = { code: generateCode(), distributionId: d.id, date: input.date, note: input.note ?? null, now: now(), starts, ends, ...shapeOf(d) };
  const rows = await oneSeatBy[input.strategy](db).all(args);
  // No row: at that instant every offered slot was full.
  if (!rows[0]) throw notEnough(0, 1);
  return rows[0];
}

async function takeSeats(services: Services, d: DistributionRow, input: IssueTicketsInput, candidates: SlotLoad[]): Promise<TicketRow[]> {
  const free = candidates.reduce((sum, s) => sum + Math.max(0, s.capacity - s.taken), 0);
  if (free < input.count) throw notEnough(free, input.count);
  const slotIndexes = allocate(candidates, input.count, input.strategy);
  const now = services.now();
  const seats = slotIndexes.map((i) => [generateCode(), candidates[i]!.start, candidates[i]!.end]);
  // The whole batch is one statement, so it is all or nothing by itself: a trigger's RAISE or a
  // duplicate code undoes every row. The rows travel as one JSON parameter, which keeps under
  // D1's 100 bound parameters. Columns in the table's order, as drizzle's insert … select needs.
  const rows = await services.db
    .insert(tickets)
    .select(
      sql`select null, json_extract(s.value, '$[0]'), ${d.id}, ${input.date}, ${seatOrStale(sql`json_extract(s.value, '$[1]')`, shapeUnchanged({ id: d.id, ...shapeOf(d) }))}, json_extract(s.value, '$[2]'), 'booked', ${input.note ?? null}, null, ${now}, ${now}
      from json_each(${JSON.stringify(seats)}) as s
      order by s.key`,
    )
    .returning();
  // RETURNING promises no order; ids follow the insert order, which is the allocation's time order.
  return rows.sort((a, b) => a.id - b.id);
}
