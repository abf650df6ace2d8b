import { and, asc, eq, inArray } from 'drizzle-orm';
import { formatCode } from '../domain/codes';
import { isoInZone } from '../domain/local-date';
import type { Services } from '../http/context';
import { slotsOn } from './day-plan';
import { listDistributions } from './distributions';
import { closures, tickets, type TicketStatus } from './schema';
import type { SiteRow } from './sites';

export type PickupList = Awaited<ReturnType<typeof pickupList>>;

/**
 * The volunteers' list for a site and day: every distribution open that day, each slot in time
 * order with its tickets in issue order, and the day's totals by status. Two queries in all.
 */
export async function pickupList(services: Services, site: SiteRow, date: string) {
  const zone = site.timezone;
  const all = await listDistributions(services, site);
  const ids = all.map((d) => d.id);
  const [dayTickets, dayClosures] =
    ids.length === 0
      ? [[], []]
      : await Promise.all([
          services.db
            .select({ id: tickets.id, distributionId: tickets.distributionId, code: tickets.code, status: tickets.status, note: tickets.note, start: tickets.slotStart, end: tickets.slotEnd })
            .from(tickets)
            .where(and(inArray(tickets.distributionId, ids), eq(tickets.date, date)))
            .orderBy(asc(tickets.slotStart), asc(tickets.id))
            .all(),
          services.db.select().from(closures).where(and(inArray(closures.distributionId, ids), eq(closures.date, date))).all(),
        ]);
  const totals: Record<TicketStatus, number> = { booked: 0, picked_up: 0, no_show: 0, cancelled: 0 };
  const distributionsOut = [];
  for (const d of all) {
    const own = dayTickets.filter((t) => t.distributionId === d.id);
    const cut = slotsOn(d, date, zone);
    if (cut.length === 0 && own.length === 0) continue;
    const bySlot = new Map<number, { start: number; end: number; capacity: number; tickets: typeof own }>();
    for (const s of cut) bySlot.set(s.start, { start: s.start, end: s.end, capacity: d.perSlot, tickets: [] });
    for (const t of own) {
      totals[t.status]++;
      // Tickets left in a slot that no longer exists (hours changed after they were cancelled).
      if (!bySlot.has(t.start)) bySlot.set(t.start, { start: t.start, end: t.end, capacity: 0, tickets: [] });
      bySlot.get(t.start)!.tickets.push(t);
    }
    const closure = dayClosures.find((c) => c.distributionId === d.id);
    distributionsOut.push({
      slug: d.slug,
      name: d.name,
      closed: closure ? { reason: closure.reason } : null,
      slots: [...bySlot.values()]
        .sort((a, b) => a.start - b.start)
        .map((s) => ({
          start: isoInZone(s.start, zone),
          end: isoInZone(s.end, zone),
          capacity: s.capacity,
          tickets: s.tickets.map((t) => ({ code: formatCode(t.code), status: t.status, note: t.note })),
        })),
    });
  }
  return { date, distributions: distributionsOut, totals };
}
