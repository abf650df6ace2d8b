import { createRoute, z } from '@hono/zod-openapi';
import { auditBetween } from '../db/audit';
import { dateRange } from '../domain/date-range';
import { addDays, isoInZone, localToInstant, todayIn } from '../domain/local-date';
import type { AuditAction } from '../domain/vocabulary';
import { apiApp, errors, json, needs } from '../http/openapi';
import { auditEntrySchema, auditQuerySchema, type AuditEntryView } from '../schemas/audit';
import type { Services } from '../services';

/** The audit log is read in the organisation's zone; entries are stored as instants. */
export const auditZone = 'Europe/Oslo';

/** The entries of the days from..to (inclusive, a week up to today by default), newest first. */
export async function auditEntries(services: Services, query: { from?: string; to?: string }): Promise<{ from: string; to: string; entries: AuditEntryView[] }> {
  const today = todayIn(auditZone, services.now());
  const { from, to } = dateRange({ from: query.from ?? (query.to ? undefined : addDays(today, -7)), to: query.to ?? (query.from ? undefined : today) }, today, 7);
  const rows = await auditBetween(services, localToInstant(from, 0, auditZone), localToInstant(addDays(to, 1), 0, auditZone));
  return {
    from,
    to,
    entries: rows.map((r) => ({ at: isoInZone(r.at, auditZone), user: r.username, action: r.action as AuditAction, target: r.target })),
  };
}

const auditRoute = createRoute({
  method: 'get',
  path: '/',
  summary: 'The audit log: logins, user changes, capacity and hours changes, closures, cancellations, notices and contact-tracing look-ups',
  ...needs('admin'),
  request: { query: auditQuerySchema },
  responses: { 200: json(z.array(auditEntrySchema), 'The entries, newest first'), ...errors(400, 401, 403) },
});

export function auditRoutes() {
  return apiApp().openapi(auditRoute, async (c) => c.json((await auditEntries(c.get('services'), c.req.valid('query'))).entries, 200));
}
