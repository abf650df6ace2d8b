import { aliasedTable, and, asc, between, eq, ne, notInArray } from 'drizzle-orm';
import { formatCode, normalizeCode } from '../domain/codes';
import { cohortName } from '../domain/cohorts';
import { DomainError } from '../domain/errors';
import { isoInZone } from '../domain/local-date';
import { occurrences } from '../domain/recurrence/dates';
import type { Services } from '../services';
import { findActivityById } from './activities';
import { attendance, distributions, memberships, sites, tickets } from './schema';
import { recordAudit, type Actor } from './audit';

export type Contact = {
  code: string;
  kind: 'slot' | 'cohort';
  date: string;
  start: string;
  end: string;
  place: string;
  /** The distribution or activity they shared (slug), and for cohorts the cohort's name. */
  via: string;
  cohort?: string;
};

// Tickets that were not used cannot have met anyone.
const absentStatuses = ['cancelled', 'no_show'] as const;

/**
 * Who shared a pickup slot or an attended cohort session with `typed` in [from, to]. Codes,
 * times and places only: never notes. Ticket and membership codes share one format, so both
 * tables are asked; an unknown code is a 404. Each look-up is in the audit log.
 */
export async function traceCode(services: Services, actor: Actor, typed: string, from: string, to: string) {
  const code = normalizeCode(typed);
  // Every look-up is recorded, found or not: who looked for whom is what the centre must show.
  // What was typed when it is no code could be a name: only a code is written down.
  await recordAudit(services, actor, 'contacts_traced', `${code ? formatCode(code) : '(no code)'} ${from}–${to}`);
  const ticket = code ? await services.db.select().from(tickets).where(eq(tickets.code, code)).get() : undefined;
  const membership = code ? await services.db.select().from(memberships).where(eq(memberships.code, code)).get() : undefined;
  if (!code || (!ticket && !membership)) throw new DomainError(404, 'code_not_found', 'No ticket or membership has that code.');
  const contacts = [
    ...(ticket ? await slotContacts(services, ticket, from, to) : []),
    ...(membership ? await cohortContacts(services, membership, from, to) : []),
  ].sort((a, b) => a.start.localeCompare(b.start) || a.code.localeCompare(b.code));
  return { code: formatCode(code), kind: ticket ? ('ticket' as const) : ('membership' as const), from, to, contacts };
}

async function slotContacts(services: Services, ticket: typeof tickets.$inferSelect, from: string, to: string): Promise<Contact[]> {
  if (ticket.date < from || ticket.date > to || (absentStatuses as readonly string[]).includes(ticket.status)) return [];
  const rows = await services.db
    .select({ code: tickets.code, date: tickets.date, start: tickets.slotStart, end: tickets.slotEnd, via: distributions.slug, site: sites.name, address: sites.address, zone: sites.timezone })
    .from(tickets)
    .innerJoin(distributions, eq(distributions.id, tickets.distributionId))
    .innerJoin(sites, eq(sites.id, distributions.siteId))
    .where(
      and(
        eq(tickets.distributionId, ticket.distributionId),
        // A slot lies on one day; the day narrows the search to that day's tickets by index.
        eq(tickets.date, ticket.date),
        eq(tickets.slotStart, ticket.slotStart),
        ne(tickets.id, ticket.id),
        notInArray(tickets.status, [...absentStatuses]),
      ),
    )
    .orderBy(asc(tickets.code))
    .all();
  return rows.map((r) => ({
    code: formatCode(r.code),
    kind: 'slot',
    date: r.date,
    start: isoInZone(r.start, r.zone),
    end: isoInZone(r.end, r.zone),
    place: [r.site, r.address].filter(Boolean).join(', '),
    via: r.via,
  }));
}

async function cohortContacts(services: Services, m: typeof memberships.$inferSelect, from: string, to: string): Promise<Contact[]> {
  if (m.cohort === null) return [];
  const mine = aliasedTable(attendance, 'mine');
  const theirs = aliasedTable(attendance, 'theirs');
  const rows = await services.db
    .select({ code: memberships.code, date: theirs.date })
    .from(mine)
    .innerJoin(theirs, and(eq(theirs.date, mine.date), eq(theirs.present, true)))
    .innerJoin(memberships, eq(memberships.id, theirs.membershipId))
    .where(
      and(
        eq(mine.membershipId, m.id),
        eq(mine.present, true),
        between(mine.date, from, to),
        eq(memberships.activityId, m.activityId),
        eq(memberships.cohort, m.cohort),
        ne(memberships.id, m.id),
      ),
    )
    .orderBy(asc(theirs.date), asc(memberships.code))
    .all();
  if (rows.length === 0) return [];
  const a = await findActivityById(services, m.activityId);
  const dates = [...new Set(rows.map((r) => r.date))].sort();
  const times = new Map(
    occurrences({ rule: a.rrule, startsOn: a.startsOn, until: a.until, startTime: a.startTime, durationMinutes: a.durationMinutes, zone: a.timezone, from: dates[0]!, to: dates.at(-1)! }).map(
      (o) => [o.date, o],
    ),
  );
  return rows.flatMap((r) => {
    const o = times.get(r.date);
    if (!o) return [];
    return [{
      code: formatCode(r.code),
      kind: 'cohort' as const,
      date: r.date,
      start: isoInZone(o.start, a.timezone),
      end: isoInZone(o.end, a.timezone),
      place: a.place || a.siteName || a.name,
      via: a.slug,
      cohort: cohortName(m.cohort!),
    }];
  });
}
