import { z } from 'zod';
import { bikeOffers, bikeStopStatuses } from '../domain/vocabulary';
import { maxCohorts } from '../domain/cohorts';
import { localDateSchema, nameSchema, shortTextSchema, slugSchema, timezoneSchema, wallTimeSchema } from './common';

const recurrenceFields = {
  rrule: z.string().trim().min(1).max(500),
  startsOn: localDateSchema,
  until: localDateSchema.nullable().optional(),
  startTime: wallTimeSchema,
  durationMinutes: z.int().min(5).max(24 * 60),
};

const bikeStopFields = {
  slug: slugSchema,
  name: nameSchema,
  place: z.string().trim().min(1, 'required').max(300),
  lat: z.number().min(-90).max(90).nullable().optional(),
  lon: z.number().min(-180).max(180).nullable().optional(),
  ...recurrenceFields,
  timezone: timezoneSchema.optional(),
  offers: z.array(z.enum(bikeOffers)).max(bikeOffers.length).optional(),
};
const bothOrNeither = (v: { lat?: number | null; lon?: number | null }) =>
  (v.lat === undefined) === (v.lon === undefined) && (v.lat === null) === (v.lon === null);
export const createBikeStopSchema = z
  .strictObject({ ...bikeStopFields, slug: slugSchema.optional() })
  .refine((v) => (v.lat == null) === (v.lon == null), { message: 'give both lat and lon, or neither', path: ['lon'] });
export const updateBikeStopSchema = z
  .strictObject(bikeStopFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'give at least one field to change')
  .refine(bothOrNeither, { message: 'give both lat and lon, or neither', path: ['lon'] });
export type CreateBikeStopInput = z.output<typeof createBikeStopSchema>;
export type UpdateBikeStopInput = z.output<typeof updateBikeStopSchema>;

/** from/to are optional so a bare GET shows this week; the 366-day cap is checked by the route. */
export const rangeQuerySchema = z.object({ from: localDateSchema.optional(), to: localDateSchema.optional() });

export const cancellationSchema = z.strictObject({ date: localDateSchema, reason: z.string().trim().min(1, 'required').max(300) });

export const stopStatusSchema = z
  .strictObject({
    date: localDateSchema,
    status: z.enum(bikeStopStatuses).nullable().optional(),
    message: z.string().trim().max(300).nullable().optional(),
  })
  .refine((v) => v.status != null || (v.message != null && v.message !== ''), 'give a status, a message, or both');

const tallyKind = z.string().regex(/^[a-z][a-z0-9_]{0,31}$/, 'lower-case letters, digits and _').refine((k) => k !== 'people', '"people" is counted apart');
export const tallySchema = z
  .strictObject({
    date: localDateSchema,
    people: z.int().min(0).max(10_000).default(0),
    items: z.record(tallyKind, z.int().min(0).max(100_000)).default({}),
  })
  // One row a kind plus people, four values a row, in one statement: D1 binds at most 100.
  .refine((v) => Object.keys(v.items).length <= 24, 'at most 24 kinds of item');

const activityFields = {
  slug: slugSchema,
  name: nameSchema,
  site: slugSchema.optional(),
  place: shortTextSchema.optional(),
  ...recurrenceFields,
  timezone: timezoneSchema.optional(),
  cohorts: z.int().min(1).max(maxCohorts),
  cohortSize: z.int().min(1).max(1000),
};
export const createActivitySchema = z.strictObject({ ...activityFields, slug: slugSchema.optional() });
export type CreateActivityInput = z.output<typeof createActivitySchema>;
/** Cohort count and size stay fixed: lowering them would need to move members, which is not built. */
export const updateActivitySchema = z
  .strictObject({ name: nameSchema, place: shortTextSchema, ...recurrenceFields })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'give at least one field to change');
export type UpdateActivityInput = z.output<typeof updateActivitySchema>;

/** A cohort by name ("B") or 0-based index (1). */
const cohortSelectorSchema = z.union([z.string().trim().regex(/^[A-Za-z]$/, 'a cohort name such as "A"'), z.int().min(0).max(maxCohorts - 1)]);

export const joinSchema = z.strictObject({
  cohort: cohortSelectorSchema.optional(),
  note: z.string().trim().max(200).optional(),
  waitlist: z.boolean().optional(),
});

export const codeBodySchema = z.strictObject({ code: z.string().trim().min(1).max(40) });
export const attendanceSchema = z.strictObject({ code: z.string().trim().min(1).max(40), present: z.boolean() });

export const noticeSchema = z
  .strictObject({
    site: slugSchema.nullable().optional(),
    text: z.strictObject({ nb: z.string().trim().min(1, 'required').max(1000), en: z.string().trim().max(1000).nullable().optional() }),
    from: localDateSchema,
    to: localDateSchema,
  })
  .refine((v) => v.from <= v.to, { message: 'must not be before from', path: ['to'] });
export const noticesQuerySchema = z.object({ site: slugSchema.optional(), date: localDateSchema.optional() });

export const tracingQuerySchema = z.object({
  code: z.string().trim().min(1).max(40),
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
});
