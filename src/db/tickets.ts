import { and, eq, inArray, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { formatCode, normalizeCode } from '../domain/codes';
import { DomainError } from '../domain/errors';
import { isoInZone } from '../domain/local-date';
import { serializeNotice } from '../domain/notices';
import type { Services } from '../services';
import { slotsOn } from './day-plan';
import type { TicketRow } from './issue-tickets';
import { prepared } from './prepared';
import type { Counter } from './rate-limit';
import type { AuditAction, TicketStatus } from '../domain/vocabulary';
import { auditEntry, type Actor } from './audit';
import { closures, distributions, rateLimits, sites, tickets } from './schema';
import { triggerFailure } from './sql-errors';

export type TicketWithPlace = {
  ticket: TicketRow;
  site: typeof sites.$inferSelect;
  distribution: typeof distributions.$inferSelect;
};

/** Looks a ticket up by a code as typed; null when the code is malformed or unknown (staff pages). */
export async function findTicket(services: Services, typed: string): Promise<TicketWithPlace | null> {
  return (await findTickets(services, [typed]))[0] ?? null;
}

// The public look-up: the ticket with its place and the caller's rate-limit counter beside it
// (null without one), in one statement.
const ticketAndCounterByCode = prepared((db) =>
  db
    .select({
      ticket: tickets,
      site: sites,
      distribution: distributions,
      counter: { windowStart: rateLimits.windowStart, count: rateLimits.count },
    })
    .from(tickets)
    .innerJoin(distributions, eq(distributions.id, tickets.distributionId))
    .innerJoin(sites, eq(sites.id, distributions.siteId))
    .leftJoin(rateLimits, eq(rateLimits.key, sql.placeholder('counterKey')))
    .where(eq(tickets.code, sql.placeholder('code')))
    .prepare(),
);

/**
 * A hit and the counter of `counterKey` in one statement (the public look-up must refuse a
 * throttled caller even on a hit); null when the code is malformed or unknown.
 */
export async function findTicketWithCounter({ db }: Services, typed: string, counterKey: string): Promise<TicketHit | null> {
  const code = normalizeCode(typed);
  if (!code) return null;
  const row = await ticketAndCounterByCode(db).get({ code, counterKey });
  if (!row) return null;
  const { counter, ...found } = row;
  return { found, counter };
}

type TicketHit = { found: TicketWithPlace; counter: Counter | null };

// D1 binds at most 100 parameters a statement.
const CODES_PER_QUERY = 90;

/** Many tickets by code in few queries (a print sheet of a 500-ticket batch), in the order asked. */
export async function findTickets({ db }: Services, typed: string[]): Promise<TicketWithPlace[]> {
  const codes = [...new Set(typed.map(normalizeCode).filter((c): c is string => c !== null))];
  const found = new Map<string, TicketWithPlace>();
  for (let i = 0; i < codes.length; i += CODES_PER_QUERY) {
    const rows = await db
      .select({ ticket: tickets, site: sites, distribution: distributions })
      .from(tickets)
      .innerJoin(distributions, eq(distributions.id, tickets.distributionId))
      .innerJoin(sites, eq(sites.id, distributions.siteId))
      .where(inArray(tickets.code, codes.slice(i, i + CODES_PER_QUERY)))
      .all();
    for (const row of rows) found.set(row.ticket.code, row);
  }
  return codes.flatMap((code) => found.get(code) ?? []);
}

export async function requireTicket(services: Services, typed: string): Promise<TicketWithPlace> {
  const found = await findTicket(services, typed);
  if (!found) throw new DomainError(404, 'ticket_not_found', 'No ticket has that code.');
  return found;
}

/**
 * Volunteers mark picked up / no-show (and undo to booked); cancelling needs staff. Giving a
 * cancelled ticket its seat back goes through the capacity trigger like any other seat.
 * Cancelling and restoring go into the audit log with the change, in one unit.
 */
export async function setTicketStatus(services: Services, found: TicketWithPlace, status: TicketStatus, canCancel: boolean, actor: Actor) {
  const { ticket } = found;
  if (status === 'cancelled' && !canCancel) throw new DomainError(403, 'forbidden', 'Cancelling a ticket needs the staff role.');
  if (ticket.status === 'cancelled' && status !== 'cancelled' && !canCancel) {
    throw new DomainError(409, 'ticket_cancelled', 'This ticket is cancelled; staff can restore it.');
  }
  if (ticket.status === status) return found;
  const notice = status === 'cancelled' ? serializeNotice({ kind: 'cancelled' }) : ticket.status === 'cancelled' ? null : ticket.notice;
  const update = services.db.update(tickets).set({ status, notice, updatedAt: services.now() }).where(eq(tickets.id, ticket.id)).returning();
  const audited: AuditAction | null = status === 'cancelled' ? 'ticket_cancelled' : ticket.status === 'cancelled' ? 'ticket_restored' : null;
  const updated = await guardSeat(async () => {
    if (!audited) return (await update)[0];
    const what = `${formatCode(ticket.code)} ${found.site.slug}/${found.distribution.slug} ${ticket.date}`;
    const [rows] = await services.store.atomic([update, auditEntry(services, actor, audited, what)]);
    return (rows as TicketRow[])[0];
  }, ticket.date);
  return { ...found, ticket: updated! };
}

/** Moves a ticket to another slot of its distribution (any opening day that is not past or closed). */
export async function moveTicket(services: Services, found: TicketWithPlace, startIso: string) {
  const { ticket, site, distribution } = found;
  const start = DateTime.fromISO(startIso, { setZone: true });
  if (!start.isValid) throw new DomainError(400, 'invalid_input', 'start is not a valid time');
  const date = start.setZone(site.timezone).toISODate()!;
  const slot = slotsOn(distribution, date, site.timezone).find((s) => s.start === start.toMillis());
  if (!slot) throw new DomainError(409, 'no_such_slot', `There is no pickup slot starting at ${isoInZone(start.toMillis(), site.timezone)}.`);
  if (slot.end <= services.now()) throw new DomainError(409, 'day_passed', 'That time has passed.');
  if (ticket.status !== 'booked' && ticket.status !== 'cancelled') {
    throw new DomainError(409, 'ticket_used', `This ticket is already ${ticket.status.replace('_', ' ')}.`);
  }
  if (ticket.slotStart === slot.start && ticket.status === 'booked') return found;
  const closed = await services.db
    .select({ id: closures.id })
    .from(closures)
    .where(and(eq(closures.distributionId, distribution.id), eq(closures.date, date)))
    .get();
  if (closed) throw new DomainError(409, 'day_closed', `The distribution is closed on ${date}.`);
  const updated = await guardSeat(() =>
    services.db
      .update(tickets)
      .set({
        date,
        slotStart: slot.start,
        slotEnd: slot.end,
        status: 'booked',
        notice: serializeNotice({ kind: 'moved', previousStart: ticket.slotStart }),
        updatedAt: services.now(),
      })
      .where(eq(tickets.id, ticket.id))
      .returning()
      .get(),
    date,
  );
  return { ...found, ticket: updated! };
}

/** Runs a write that may take a seat; a trigger's refusal (full slot, closed day) becomes a 409. */
async function guardSeat<T>(write: () => Promise<T> | T, date: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const failure = triggerFailure(error);
    if (failure === 'slot_full') throw new DomainError(409, 'slot_full', 'That pickup time is full.');
    if (failure === 'day_closed') throw new DomainError(409, 'day_closed', `The distribution is closed on ${date}.`);
    throw error;
  }
}
