import { createRoute, z } from '@hono/zod-openapi';
import { findStopByCode } from '../db/stop-lookup';
import { DomainError } from '../domain/errors';
import { guardedLookup } from '../http/guarded-lookup';
import { apiApp, errors, json, publicAccess } from '../http/openapi';
import { ticketLangQuery } from '../schemas/common';
import { stopWindowViewSchema } from '../schemas/rounds-responses';
import { negotiateLang } from '../../web/i18n/negotiate';
import { stopWindowView } from '../http/replies/round';

const lookUpRoute = createRoute({
  method: 'get',
  path: '/{code}',
  summary: "A delivery stop's window by the code on its slip (never the label; unknown codes count like a ticket's: past 20 in 10 minutes, 429)",
  ...publicAccess,
  request: { params: z.object({ code: z.string().describe('XXXX-XXXX as printed') }), query: ticketLangQuery },
  responses: { 200: json(stopWindowViewSchema, 'The window, the day and any delay'), ...errors(404, 429) },
});

/** Mounted at /stops. */
export function stopLookupRoutes() {
  return apiApp().openapi(lookUpRoute, async (c) => {
    const found = await guardedLookup(c, (services) => findStopByCode(services, c.req.valid('param').code));
    if (!found) throw new DomainError(404, 'stop_not_found', 'No delivery stop has that code.');
    // A delay changes the window; a cached copy could have someone wait at the wrong time.
    c.header('Cache-Control', 'no-store');
    return c.json(stopWindowView(found, negotiateLang(c.req.query('lang'), undefined, c.req.header('accept-language'))), 200);
  });
}
