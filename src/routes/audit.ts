import { createRoute, z } from '@hono/zod-openapi';
import { auditEntries } from '../db/audit';
import { apiApp, errors, json, needs } from '../http/openapi';
import { auditEntrySchema, auditQuerySchema } from '../schemas/audit';

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
