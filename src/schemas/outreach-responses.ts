import { z } from 'zod';
import { bikeOffers, bikeStopStatuses, membershipStatuses } from '../domain/vocabulary';

/** What the API answers for bike stops, activities, memberships, notices and tracing. */

const instant = z.string().describe('ISO 8601 with the UTC offset of the stop or activity');
const date = z.string().describe('YYYY-MM-DD');
const reason = z.string().nullable().describe('why it is cancelled; null when it runs');

/** When a bike stop or an activity recurs: the rule, its dates and the time of day in its zone. */
const recurringTime = {
  rrule: z.string(),
  startsOn: date,
  until: date.nullable(),
  startTime: z.string(),
  durationMinutes: z.int(),
  timezone: z.string(),
};

export const bikeStopViewSchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  place: z.string(),
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  ...recurringTime,
  offers: z.array(z.enum(bikeOffers)),
});

export type BikeStopView = z.infer<typeof bikeStopViewSchema>;

export const bikeScheduleSchema = z.strictObject({
  from: date,
  to: date,
  occurrences: z.array(
    z.strictObject({
      stop: z.string(),
      name: z.string(),
      place: z.string(),
      date,
      start: instant,
      end: instant,
      cancelled: z.boolean(),
      reason,
      status: z.enum(bikeStopStatuses).nullable(),
      message: z.string().nullable(),
      lat: z.number().nullable(),
      lon: z.number().nullable(),
      offers: z.array(z.enum(bikeOffers)),
      timezone: z.string(),
    }),
  ),
});

export const stopCancellationSchema = z.strictObject({ stop: z.string(), date, reason: z.string() });
export const stopDayStatusSchema = z.strictObject({ stop: z.string(), date, status: z.enum(bikeStopStatuses).nullable(), message: z.string().nullable() });

const itemCounts = z.record(z.string(), z.int());
const dayTally = z.strictObject({ date, people: z.int(), items: itemCounts });
export const stopTallySchema = dayTally.extend({ stop: z.string() });
export const stopTalliesSchema = z.strictObject({ stop: z.string(), from: date, to: date, days: z.array(dayTally), totals: z.strictObject({ people: z.int(), items: itemCounts }) });

export const activityViewSchema = z.strictObject({
  slug: z.string(),
  name: z.string(),
  site: z.string().nullable(),
  place: z.string(),
  ...recurringTime,
  cohorts: z.int(),
  cohortSize: z.int(),
  members: z.int().optional(),
  free: z.int().optional(),
  waiting: z.int().optional(),
});

export type ActivityView = z.infer<typeof activityViewSchema>;

export const activitySessionsSchema = z.strictObject({
  activity: z.string(),
  from: date,
  to: date,
  sessions: z.array(
    z.strictObject({
      date,
      start: instant,
      end: instant,
      cancelled: z.boolean(),
      reason,
      cohorts: z.array(z.strictObject({ name: z.string(), size: z.int(), members: z.int(), free: z.int(), skipping: z.int() })),
    }),
  ),
  waiting: z.int(),
});

export const sessionRosterSchema = z.strictObject({
  activity: z.string(),
  date,
  start: instant,
  end: instant,
  cancelled: z.boolean(),
  reason,
  cohorts: z.array(
    z.strictObject({
      name: z.string(),
      size: z.int(),
      members: z.array(z.strictObject({ code: z.string(), present: z.boolean().nullable(), skipping: z.boolean(), left: z.boolean(), note: z.string().nullable() })),
    }),
  ),
});

export const joinedSchema = z.strictObject({
  code: z.string(),
  activity: z.string(),
  cohort: z.string().nullable().describe('null while on the waiting list'),
  waiting: z.int().nullable().describe('place on the waiting list'),
});

export const membershipViewSchema = z.strictObject({
  code: z.string(),
  activity: z.strictObject({ slug: z.string(), name: z.string(), place: z.string(), site: z.string().nullable() }),
  cohort: z.string().nullable(),
  status: z.enum(membershipStatuses),
  waiting: z.int().nullable(),
  notice: z.string().nullable().describe("in the reader's language"),
  noticeDetail: z.strictObject({ kind: z.string(), at: instant, cohort: z.string() }).nullable(),
  nextSessions: z.array(z.strictObject({ date, start: instant, end: instant, cancelled: z.boolean(), reason })),
});

export type MembershipView = z.infer<typeof membershipViewSchema>;

export const skipViewSchema = z.strictObject({ code: z.string(), date, skipping: z.boolean() });
export const attendanceViewSchema = z.strictObject({ code: z.string(), date, present: z.boolean(), cohort: z.string() });
export const sessionCancellationSchema = z.strictObject({ activity: z.string(), date, reason: z.string() });

export const noticeViewSchema = z.strictObject({
  id: z.int(),
  site: z.string().nullable().describe('null: for every site'),
  text: z.strictObject({ nb: z.string(), en: z.string().nullable() }),
  from: date,
  to: date,
});
export const noticesInForceSchema = z.strictObject({ date, site: z.string().nullable(), notices: z.array(noticeViewSchema) });
export const noticeListSchema = z.strictObject({ notices: z.array(noticeViewSchema) });

export const tracingResultSchema = z.strictObject({
  code: z.string(),
  kind: z.enum(['ticket', 'membership']),
  from: date,
  to: date,
  contacts: z.array(
    z.strictObject({
      code: z.string(),
      kind: z.enum(['slot', 'cohort']),
      date,
      start: instant,
      end: instant,
      place: z.string(),
      via: z.string().describe('the distribution or activity they shared (slug)'),
      cohort: z.string().optional(),
    }),
  ),
});
