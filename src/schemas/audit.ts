import { z } from 'zod';
import { auditActions } from '../domain/vocabulary';
import { localDateSchema } from './common';

export const auditQuerySchema = z.object({
  from: localDateSchema.optional().describe('first day (Europe/Oslo), default a week ago'),
  to: localDateSchema.optional().describe('last day, inclusive, default today'),
});

export const auditEntrySchema = z.strictObject({
  at: z.string().describe('ISO 8601 with the Oslo offset'),
  user: z.string().nullable().describe('who did it; null for the system'),
  action: z.enum(auditActions),
  target: z.string().describe('the place, user or code concerned'),
});
export type AuditEntryView = z.output<typeof auditEntrySchema>;
