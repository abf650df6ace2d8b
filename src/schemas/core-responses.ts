import { z } from 'zod';
import { ticketStatuses } from '../domain/vocabulary';

/** What the API answers for sites, distributions, slots, tickets and pickup lists (SPEC shapes). */

const instant = z.string().describe("ISO 8601 with the site's UTC offset, e.g. 2026-11-26T11:00:00+01:00");
const date = z.string().describe("YYYY-MM-DD in the site's zone");
const status = z.enum(ticketStatuses);
const closed = z.strictObject({ reason: z.string() }).nullable().describe('null when open');

export const siteViewSchema = z.strictObject({ slug: z.string(), name: z.string(), address: z.string(), timezone: z.string() });
export type SiteView = z.infer<typeof siteViewSchema>;

export const distributionViewSchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  rrule: z.string(),
  startsOn: date,
  until: date.nullable(),
  opens: z.string(),
  closes: z.string(),
  slotMinutes: z.int(),
  perSlot: z.int(),
});
export type DistributionView = z.infer<typeof distributionViewSchema>;

export const distributionChangeSchema = z.strictObject({
  distribution: distributionViewSchema,
  moved: z.int().describe('tickets moved to a later slot'),
  cancelled: z.int().describe('tickets that fit nowhere and were cancelled'),
  dryRun: z.boolean(),
});

const slotLoadSchema = z.strictObject({ start: instant, end: instant, capacity: z.int(), taken: z.int(), free: z.int() });
export type SlotLoadView = z.infer<typeof slotLoadSchema>;
export const daySlotsSchema = z.strictObject({ date, closed, slots: z.array(slotLoadSchema).describe('empty when closed or not an opening day') });

export const closureViewSchema = z.strictObject({ date, reason: z.string() });
export const closureResultSchema = z.strictObject({ cancelled: z.int() });

const ticketSummarySchema = z.strictObject({ code: z.string(), start: instant, end: instant, status });
export type TicketSummary = z.infer<typeof ticketSummarySchema>;
export const issuedTicketsSchema = z.strictObject({ tickets: z.array(ticketSummarySchema) });

export const ticketViewSchema = z.strictObject({
  code: z.string().describe('XXXX-XXXX'),
  start: instant,
  end: instant,
  status,
  date,
  site: z.strictObject({ slug: z.string(), name: z.string(), address: z.string() }),
  distribution: z.strictObject({ slug: z.string(), name: z.string() }),
  notice: z.string().nullable().describe("why the ticket was moved or cancelled, in the reader's language"),
  note: z.string().nullable().optional().describe('staff note: only for a logged-in caller'),
});
export type TicketView = z.infer<typeof ticketViewSchema>;

export const pickupListSchema = z.strictObject({
  date,
  distributions: z.array(
    z.strictObject({
      slug: z.string(),
      name: z.string(),
      closed,
      slots: z.array(
        z.strictObject({
          start: instant,
          end: instant,
          capacity: z.int(),
          tickets: z.array(z.strictObject({ code: z.string(), status, note: z.string().nullable() })),
        }),
      ),
    }),
  ),
  totals: z.strictObject({ booked: z.int(), picked_up: z.int(), no_show: z.int(), cancelled: z.int() }),
});
/** A site's day: each distribution's slots (ISO times in the site's zone) with their tickets, and totals by status. */
export type PickupList = z.infer<typeof pickupListSchema>;
