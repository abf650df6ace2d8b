import { Hono } from 'hono';
import { traceCode } from '../db/tracing';
import { dateRange } from '../domain/date-range';
import { addDays, todayIn } from '../domain/local-date';
import { requireRole } from '../http/authenticate';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { validate } from '../http/validate';
import { tracingQuerySchema } from '../schemas/outreach';

documented({
  method: 'get',
  path: '/api/tracing',
  summary: 'Codes that shared a pickup slot, or an attended cohort session, with a code (codes only)',
  role: 'staff',
  query: tracingQuerySchema,
  success: 200,
});

export function tracingRoutes() {
  return new Hono<AppEnv>().get('/', requireRole('staff'), validate('query', tracingQuerySchema), async (c) => {
    const services = c.get('services');
    const { code, ...range } = c.req.valid('query');
    // Without dates: the retention window up to today, which is all the data there is.
    const today = todayIn('Europe/Oslo', services.now());
    const { from, to } = dateRange(
      { from: range.from ?? (range.to ? undefined : addDays(today, -services.settings.retentionDays)), to: range.to ?? (range.from ? undefined : today) },
      today,
      services.settings.retentionDays,
    );
    return c.json(await traceCode(services, code, from, to));
  });
}
