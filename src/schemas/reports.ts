import { z } from '@hono/zod-openapi';
import { fitsReport, MAX_REPORT_YEARS } from '../domain/report-ranges';
import { bikeStopStatuses } from '../domain/vocabulary';
import { localDateSchema, slugSchema } from './common';

export const reportQuerySchema = z
  .object({
    from: localDateSchema.describe('first day, YYYY-MM-DD'),
    to: localDateSchema.describe('last day, YYYY-MM-DD; at most three years after from'),
    site: slugSchema.optional().describe('one place; without it every place'),
  })
  .superRefine(({ from, to }, ctx) => {
    const fit = fitsReport(from, to);
    if (fit === 'backwards') ctx.addIssue({ code: 'custom', path: ['to'], message: 'before from' });
    if (fit === 'too_long') ctx.addIssue({ code: 'custom', path: ['to'], message: `more than ${MAX_REPORT_YEARS} years after from` });
  })
  .openapi('ReportQuery');

const count = z.number().int().nonnegative();

const reportDaySchema = z.object({
  date: z.string(),
  site: z.string(),
  distribution: z.string(),
  capacity: count.describe("the day's seats as planned (slots × per slot)"),
  issued: count,
  picked_up: count,
  no_show: count,
  cancelled: count,
  closed: z.boolean(),
});

const reportBikeSchema = z.object({
  date: z.string(),
  stop: z.string(),
  status: z.enum([...bikeStopStatuses, 'planned']),
  people: count,
  items: z.record(z.string(), count),
});

const reportActivitySchema = z.object({
  date: z.string(),
  activity: z.string(),
  cohort: z.string(),
  enrolled: count,
  attended: count,
});

const reportRoundSchema = z.object({
  date: z.string(),
  site: z.string(),
  rounds: count,
  stops: count,
  delivered: count,
  not_home: count,
});

const distributionTotalSchema = reportDaySchema.omit({ date: true, closed: true }).extend({ name: z.string(), siteName: z.string(), days: count, closedDays: count });
const stopTotalSchema = z.object({ stop: z.string(), name: z.string(), visits: count, people: count, items: z.record(z.string(), count) });
const activityTotalSchema = z.object({ activity: z.string(), name: z.string(), sessions: count, enrolled: count, attended: count });

export const reportSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    site: z.string().nullable(),
    days: z.array(reportDaySchema),
    bike: z.array(reportBikeSchema),
    activities: z.array(reportActivitySchema),
    rounds: z.array(reportRoundSchema).describe('delivery rounds per site and day: counts only'),
    totals: z.object({
      distributions: z.array(distributionTotalSchema),
      stops: z.array(stopTotalSchema),
      activities: z.array(activityTotalSchema),
    }),
  })
  .openapi('Report');

export type ReportDay = z.infer<typeof reportDaySchema>;
export type ReportBike = z.infer<typeof reportBikeSchema>;
export type ReportActivity = z.infer<typeof reportActivitySchema>;
export type ReportRound = z.infer<typeof reportRoundSchema>;
export type Report = z.infer<typeof reportSchema>;
