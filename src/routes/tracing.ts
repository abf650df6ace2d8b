import { createRoute } from '@hono/zod-openapi';
import { traceCode } from '../db/tracing';
import { dateRange } from '../domain/date-range';
import { addDays, todayIn } from '../domain/local-date';
import { apiApp, errors, json, needs } from '../http/openapi';
import { tracingQuerySchema } from '../schemas/outreach';
import { tracingResultSchema } from '../schemas/outreach-responses';

const traceRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'Codes that shared a pickup slot, or an attended cohort session, with a code (codes only; the retention window by default)',
  ...needs('staff'),
  request: { query: tracingQuerySchema },
  responses: { 200: json(tracingResultSchema, 'The contacts, by time'), ...errors(400, 401, 403, 404) },
});

export function tracingRoutes() {
  return apiApp().openapi(traceRoute, async (c) => {
    const services = c.get('services');
    const { code, ...range } = c.req.valid('query');
    // Without dates: the retention window up to today, which is all the data there is.
    const today = todayIn('Europe/Oslo', services.now());
    const { from, to } = dateRange(
      { from: range.from ?? (range.to ? undefined : addDays(today, -services.settings.retentionDays)), to: range.to ?? (range.from ? undefined : today) },
      today,
      services.settings.retentionDays,
    );
    return c.json(await traceCode(services, c.get('user'), code, from, to), 200);
  });
}
