import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../src/adapters/node-sqlite';
import { createDistribution } from '../src/db/distributions';
import { findIssuePlace, issueTickets } from '../src/db/issue-tickets';
import { createSite } from '../src/db/sites';
import { findTicketWithCounter } from '../src/db/tickets';
import { ticketView } from '../src/routes/ticket-view';
import type { Services } from '../src/services';
import { settingsFromEnv } from '../src/settings';
import { prepareDatabase } from '../src/startup';
import { daysFromToday } from './fixtures';

/**
 * What the design's own data path allows: issuing and looking up with the real store, the real
 * `issueTickets` (the place read and the seats' INSERT with its commit) and the real one-statement look-up
 * with its ticket view, behind a bare Hono app as thin as the baseline's: no middleware, no
 * login, no validation. `npm run bench` measures it like a scenario, so a floor can be read
 * against what the database work alone leaves, not only against hello-world.
 */
const dir = mkdtempSync(join(tmpdir(), 'hentetid-ceiling-'));
const store = openSqliteStore(join(dir, 'ceiling.db'));
const services: Services = { store, db: store.db, settings: settingsFromEnv({ HENTETID_DEMO: '0' }), now: () => Date.now(), clientAddress: () => '127.0.0.1' };
await prepareDatabase(services, () => {});
const site = await createSite(services, { name: 'Ceiling', address: 'Torggata 1' });
// The same distribution as the bench's fixtures: daily, 08:00–20:00, 15-minute slots of 50.
await createDistribution(services, site, { name: 'Food', rrule: 'FREQ=DAILY', startsOn: daysFromToday(0), opens: '08:00', closes: '20:00', slotMinutes: 15, perSlot: 50 });
const distSlug = 'food';
const listDate = daysFromToday(1);
const codes: string[] = [];
const listPlace = await findIssuePlace(services, site.slug, distSlug, listDate);
for (let i = 0; i < 4; i++) codes.push(...(await issueTickets(services, listPlace, { date: listDate, count: 500, strategy: 'spread' })).map((t) => t.code));

const app = new Hono()
  .get('/', (c) => c.text('ok'))
  .get('/codes', (c) => c.json(codes))
  .post('/tickets', async (c) => {
    const { date } = await c.req.json<{ date: string }>();
    const place = await findIssuePlace(services, site.slug, distSlug, date);
    const [ticket] = await issueTickets(services, place, { date, count: 1, strategy: 'spread' });
    return c.json({ code: ticket!.code, slotStart: ticket!.slotStart }, 201);
  })
  .get('/tickets/:code', async (c) => {
    const hit = await findTicketWithCounter(services, c.req.param('code'), 'code:127.0.0.1');
    return hit ? c.json(ticketView(hit.found, 'nb')) : c.json({ error: 'not found' }, 404);
  });

const server = serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3002), hostname: '127.0.0.1' });
function shutdown() {
  server.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
