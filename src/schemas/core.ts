import { z } from 'zod';
import { ticketStatuses } from '../domain/vocabulary';
import { localDateSchema, nameSchema, shortTextSchema, slugSchema, timezoneSchema, wallTimeSchema } from './common';

/** Without a slug, the server makes one from the name. */
export const createSiteSchema = z.strictObject({
  slug: slugSchema.optional(),
  name: nameSchema,
  address: shortTextSchema.optional(),
  timezone: timezoneSchema.optional(),
});
export const updateSiteSchema = createSiteSchema.partial().refine((v) => Object.keys(v).length > 0, 'give at least one field to change');

const distributionFields = {
  slug: slugSchema,
  name: nameSchema,
  rrule: z.string().trim().min(1).max(500),
  startsOn: localDateSchema,
  until: localDateSchema.nullable().optional(),
  opens: wallTimeSchema,
  closes: wallTimeSchema,
  slotMinutes: z.int().min(5).max(240),
  perSlot: z.int().min(1).max(1000),
};
export const createDistributionSchema = z.strictObject({ ...distributionFields, slug: slugSchema.optional() });
export const updateDistributionSchema = z
  .strictObject(distributionFields)
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'give at least one field to change');

export const dateQuerySchema = z.object({ date: localDateSchema.optional() });
export const dryRunQuerySchema = z.object({ dryRun: z.enum(['0', '1', 'true', 'false']).optional() });

export const closureSchema = z.strictObject({ date: localDateSchema, reason: z.string().trim().min(1, 'required').max(300) });

export const issueTicketsSchema = z.strictObject({
  date: localDateSchema,
  count: z.int().min(1).max(500).default(1),
  strategy: z.enum(['spread', 'earliest']).default('spread'),
  notBefore: wallTimeSchema.optional(),
  note: z.string().trim().max(200).optional(),
});

export const ticketStatusSchema = z.strictObject({ status: z.enum(ticketStatuses) });
export const moveTicketSchema = z.strictObject({ start: z.iso.datetime({ offset: true }) });
export type IssueTicketsInput = z.output<typeof issueTicketsSchema>;
