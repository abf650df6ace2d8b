import { createRoute, z } from '@hono/zod-openapi';
import { buildReport } from '../db/reports/reports';
import { findSite } from '../db/sites';
import { reportCsv } from '../domain/report-csv';
import { apiApp, errors, json, needs } from '../http/openapi';
import { reportQuerySchema, reportSchema } from '../schemas/reports';
import type { Services } from '../services';

const reportRoute = createRoute({
  method: 'get',
  path: '/reports',
  summary: 'Anonymous counts per day and distribution, bike stop and activity session, with totals (at most three years)',
  ...needs('staff'),
  request: { query: reportQuerySchema },
  responses: { 200: json(reportSchema, 'The report'), ...errors(400, 401, 403, 404) },
});

const reportCsvRoute = createRoute({
  method: 'get',
  path: '/reports.csv',
  summary: 'The same report as one CSV file with a kind column (UTF-8 with BOM, ";"-separated, CRLF)',
  ...needs('staff'),
  request: { query: reportQuerySchema },
  responses: { 200: { description: 'The report as CSV', content: { 'text/csv': { schema: z.string() } } }, ...errors(400, 401, 403, 404) },
});

async function reportFor(services: Services, query: z.output<typeof reportQuerySchema>) {
  const site = query.site ? await findSite(services, query.site) : null;
  return buildReport(services, query.from, query.to, site);
}

/** GET /api/reports and /api/reports.csv, for staff: counts only, never a code, a note or a time. */
export function reportRoutes() {
  const app = apiApp();
  app.openapi(reportRoute, async (c) => c.json(await reportFor(c.get('services'), c.req.valid('query')), 200));
  app.openapi(reportCsvRoute, async (c) => {
    const query = c.req.valid('query');
    const csv = reportCsv(await reportFor(c.get('services'), query));
    return c.body(csv, 200, {
      'Content-Type': 'text/csv; charset=utf-8; header=present',
      'Content-Disposition': `attachment; filename="hentetid-${query.from}-${query.to}.csv"`,
      'Cache-Control': 'no-store',
    });
  });
  return app;
}
