import { z } from 'zod';
import { isLocalDate, isValidZone, isWallTime } from '../domain/local-date';

export const slugSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/, 'lower-case letters, digits and dashes, 1-50 characters');

export const localDateSchema = z.string().refine(isLocalDate, 'a date as YYYY-MM-DD');
export const wallTimeSchema = z.string().refine(isWallTime, 'a time of day as HH:MM (24-hour)');
export const timezoneSchema = z.string().refine(isValidZone, 'an IANA time zone such as Europe/Oslo');
export const nameSchema = z.string().trim().min(1, 'required').max(120);
export const shortTextSchema = z.string().trim().max(500);

/** `?lang=` of a ticket look-up; without it (or with one we do not have) Accept-Language decides, then Norwegian. */
export const ticketLangQuery = z.object({
  lang: z.string().optional().describe('The language of the notice: nb (the default), en, pl, uk or ar; without it, Accept-Language decides'),
});
