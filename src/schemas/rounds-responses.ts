import { z } from 'zod';
import { stopStatuses } from '../domain/rounds';

const instant = z.string().describe("ISO 8601 with the site's UTC offset");
const date = z.string().describe("YYYY-MM-DD in the site's zone");
const status = z.enum(stopStatuses);

const stopViewSchema = z.strictObject({
  id: z.int(),
  place: z.int().describe('1-based place in the driving order'),
  label: z.string(),
  bring: z.string().nullable(),
  code: z.string().describe('XXXX-XXXX, looked up at /t/CODE'),
  status,
  start: instant,
  end: instant,
});
export type StopView = z.infer<typeof stopViewSchema>;

export const roundViewSchema = z.strictObject({
  id: z.int(),
  site: z.string(),
  date,
  name: z.string(),
  starts: z.string().describe('HH:MM'),
  minutesPerStop: z.int(),
  breakAfterStop: z.int().nullable(),
  breakMinutes: z.int(),
  delayMinutes: z.int(),
  stops: z.array(stopViewSchema),
});
export type RoundView = z.infer<typeof roundViewSchema>;

export const roundListSchema = z.strictObject({ date, rounds: z.array(roundViewSchema) });

/** What the holder of a stop's code may see: the window, never the label or what is brought. */
export const stopWindowViewSchema = z.strictObject({
  code: z.string(),
  date,
  start: instant,
  end: instant,
  status,
  delayMinutes: z.int().describe('how late the round runs; 0 when on time or once the stop is done'),
  site: z.strictObject({ slug: z.string(), name: z.string() }),
  notice: z.string().nullable().describe("the delay in the reader's language"),
});
export type StopWindowView = z.infer<typeof stopWindowViewSchema>;
