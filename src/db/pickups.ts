import { sql } from 'drizzle-orm';
import { formatCode } from '../domain/codes';
import { isoInZone } from '../domain/local-date';
import type { Services } from '../services';
import { slotsOn } from './day-plan';
import { listDistributions, type DistributionRow } from './distributions';
import { prepared } from './prepared';
import type { TicketStatus } from '../domain/vocabulary';
import { closures, tickets } from './schema';
import type { SiteRow } from './sites';
import type { PickupList } from '../schemas/core-responses';

type PickupTicket = { code: string; status: TicketStatus; note: string | null };

// The day's tickets of a site's distributions, in slot then issue order. The ids travel as one
// JSON parameter so the text never changes (prepared once per database, one bound parameter on
// D1 however many distributions); SQLite seeks tickets_day (distribution_id, date) per id.
// Read with `.values()`: plain row arrays, no drizzle mapping of 2,000 rows.
const ticketsOfDay = prepared((db) =>
  db
    .select({ code: tickets.code, distributionId: tickets.distributionId, status: tickets.status, note: tickets.note, start: tickets.slotStart, end: tickets.slotEnd })
    .from(tickets)
    .where(sql`${tickets.distributionId} in (select value from json_each(${sql.placeholder('ids')})) and ${tickets.date} = ${sql.placeholder('date')}`)
    .orderBy(tickets.slotStart, tickets.id)
    .prepare(),
);
const closuresOfDay = prepared((db) =>
  db
    .select({ distributionId: closures.distributionId, reason: closures.reason })
    .from(closures)
    .where(sql`${closures.distributionId} in (select value from json_each(${sql.placeholder('ids')})) and ${closures.date} = ${sql.placeholder('date')}`)
    .prepare(),
);

/** A row of `ticketsOfDay` as the driver gives it, in the select's column order. */
type TicketValues = [code: string, distributionId: number, status: TicketStatus, note: string | null, start: number, end: number];

type SlotDraft = { start: number; end: number; capacity: number; tickets: PickupTicket[] };

/**
 * The volunteers' list for a site and day: every distribution open that day, each slot in time
 * order with its tickets in issue order, and the day's totals by status. Three prepared reads
 * (distributions, the day's tickets, the day's closures) and one pass over the tickets; `known`
 * holds what the caller has read already (src/db/site-choice.ts), which is then not read again.
 */
export async function pickupList(
  services: Services,
  site: SiteRow,
  date: string,
  known: { distributions?: DistributionRow[]; closedOn?: Map<number, { reason: string }> } = {},
): Promise<PickupList> {
  const zone = site.timezone;
  const all = known.distributions ?? (await listDistributions(services, site));
  const totals: Record<TicketStatus, number> = { booked: 0, picked_up: 0, no_show: 0, cancelled: 0 };
  if (all.length === 0) return { date, distributions: [], totals };
  const params = { ids: JSON.stringify(all.map((d) => d.id)), date };
  const [rows, closedOn] = await Promise.all([
    ticketsOfDay(services.db).values(params) as Promise<TicketValues[]> | TicketValues[],
    known.closedOn ?? closuresById(services, params),
  ]);
  // Each distribution's slots of the day by start; the tickets are dealt out in one pass.
  const slotsOf = new Map<number, Map<number, SlotDraft>>();
  for (const d of all) {
    const bySlot = new Map<number, SlotDraft>();
    for (const s of slotsOn(d, date, zone)) bySlot.set(s.start, { start: s.start, end: s.end, capacity: d.perSlot, tickets: [] });
    slotsOf.set(d.id, bySlot);
  }
  let orphans = false;
  for (const [code, distributionId, status, note, start, end] of rows) {
    totals[status]++;
    const bySlot = slotsOf.get(distributionId)!;
    let slot = bySlot.get(start);
    if (!slot) {
      // Tickets left in a slot that no longer exists (hours changed after they were cancelled).
      slot = { start, end, capacity: 0, tickets: [] };
      bySlot.set(start, slot);
      orphans = true;
    }
    slot.tickets.push({ code: formatCode(code), status, note });
  }
  const distributions: PickupList['distributions'] = [];
  for (const d of all) {
    const bySlot = slotsOf.get(d.id)!;
    if (bySlot.size === 0) continue;
    const slots = [...bySlot.values()];
    if (orphans) slots.sort((a, b) => a.start - b.start);
    distributions.push({
      slug: d.slug,
      name: d.name,
      closed: closedOn.get(d.id) ?? null,
      slots: slots.map((s) => ({ start: isoInZone(s.start, zone), end: isoInZone(s.end, zone), capacity: s.capacity, tickets: s.tickets })),
    });
  }
  return { date, distributions, totals };
}

async function closuresById(services: Services, params: { ids: string; date: string }) {
  const rows = await closuresOfDay(services.db).all(params);
  return new Map(rows.map((c) => [c.distributionId, { reason: c.reason }]));
}
