import { z } from 'zod';
import { stopStatuses } from '../domain/rounds';
import { localDateSchema, nameSchema, wallTimeSchema } from './common';

export const createRoundSchema = z.strictObject({
  date: localDateSchema,
  name: nameSchema,
  starts: wallTimeSchema.describe('the first window opens at this wall-clock time, HH:MM'),
  minutesPerStop: z.int().min(5).max(240).default(15),
  breakAfterStop: z.int().min(1).max(200).nullable().optional().describe('a pause after this many stops'),
  breakMinutes: z.int().min(0).max(240).default(0),
});

const labelSchema = z.string().trim().min(1, 'required').max(120).describe('what the team knows the stop by; never shown to clients');
const bringSchema = z.string().trim().max(120).nullable().optional().describe('what to bring, e.g. "2 food bags"');

export const addStopSchema = z.strictObject({ label: labelSchema, bring: bringSchema });
export const editStopSchema = z
  .strictObject({ label: labelSchema, bring: bringSchema })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'give at least one field to change');
export const moveStopSchema = z.union([
  z.strictObject({ move: z.enum(['up', 'down']) }),
  z.strictObject({ to: z.int().min(1).max(200).describe('the 1-based place in the order') }),
]);
export const stopStatusSchema = z.strictObject({ status: z.enum(stopStatuses) });
export const delaySchema = z.strictObject({ minutes: z.int().min(1).max(240).describe('how many minutes later every stop not yet done comes') });
export const copyRoundSchema = z.strictObject({ keepLabels: z.boolean().default(true) });
export const roundsQuerySchema = z.object({ date: localDateSchema.optional() });
