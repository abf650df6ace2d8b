import { Hono } from 'hono';
import { createDistribution } from '../src/db/distributions';
import { findIssuePlace, issueTickets } from '../src/db/issue-tickets';
import { noticesInForce } from '../src/db/notices';
import { createSite } from '../src/db/sites';
import { findTicketWithCounter } from '../src/db/tickets';
import { todayIn } from '../src/domain/local-date';
import { noticeTextFor } from '../src/domain/notices';
import { ticketSummary, ticketView } from '../src/routes/ticket-view';
import type { Services } from '../src/services';
import { clientCatalogues, langs, staffCatalogues } from '../web/i18n/catalogue';
import type { ClientPageContext } from '../web/views/layout';
import { TicketPage } from '../web/views/ticket';
import { daysFromToday } from './fixtures';

/**
 * Each hot route's own data path: the real store, the real `issueTickets` (the one-seat
 * INSERT … SELECT and its commit), the real one-statement look-up with its ticket view, and the
 * ticket page's look-up, notices and view, each with the reply the route gives, behind a bare Hono app: no middleware, no login, no
 * validation, no language negotiation. `npm run bench` sets each route against its data path
 * here, so a route's figure is what the HTTP layer leaves of the work it cannot skip.
 */
export async function dataPathApp(services: Services, slug = 'ceiling') {
  const site = await createSite(services, { slug, name: 'Ceiling', address: 'Torggata 1' });
  // The same distribution as the bench's fixtures: daily, 08:00–20:00, 15-minute slots of 50.
  await createDistribution(services, site, { name: 'Food', rrule: 'FREQ=DAILY', startsOn: daysFromToday(0), opens: '08:00', closes: '20:00', slotMinutes: 15, perSlot: 50 });
  const distSlug = 'food';
  const listDate = daysFromToday(1);
  const codes: string[] = [];
  const listPlace = await findIssuePlace(services, site.slug, distSlug, listDate);
  for (let i = 0; i < 4; i++) codes.push(...(await issueTickets(services, listPlace, { date: listDate, count: 500, strategy: 'spread' })).map((t) => t.code));

  // The page context a request to /t/CODE in Norwegian gets, without negotiating it (the route's
  // share): the same page, with the same links to the other languages.
  const t = clientCatalogues.nb;
  const staff = { lang: 'nb' as const, t: staffCatalogues.nb };
  const others = langs.filter((l) => l !== 'nb');
  const pageFor = (path: string): ClientPageContext => ({
    lang: 'nb',
    dir: 'ltr',
    t,
    user: null,
    otherLangs: others.map((l) => ({ lang: l, href: `${path}?lang=${l}`, label: clientCatalogues[l].languageName })),
    staff,
  });

  const app = new Hono()
    .post('/tickets', async (c) => {
      const { date } = await c.req.json<{ date: string }>();
      const place = await findIssuePlace(services, site.slug, distSlug, date);
      const issued = await issueTickets(services, place, { date, count: 1, strategy: 'spread' });
      return c.json({ tickets: issued.map((t) => ticketSummary(t, place.site.timezone)) }, 201);
    })
    .get('/tickets/:code', async (c) => {
      const hit = await findTicketWithCounter(services, c.req.param('code'), 'code:127.0.0.1');
      return hit ? c.json(ticketView(hit.found, 'nb')) : c.json({ error: 'not found' }, 404);
    })
    .get('/t/:code', async (c) => {
      const hit = await findTicketWithCounter(services, c.req.param('code'), 'code:127.0.0.1');
      if (!hit) return c.text('not found', 404);
      const rows = await noticesInForce(services, hit.found.site.id, todayIn(hit.found.site.timezone, services.now()));
      const notices = rows.map((n) => ({ text: noticeTextFor(n, 'nb'), lang: 'nb' as const }));
      return c.html(<TicketPage page={pageFor(c.req.path)} found={hit.found} notices={notices} />);
    });
  return { app, codes };
}
