import { Hono } from 'hono';
import { findMembership } from '../../db/memberships';
import { findStopByCode, type StopWithPlace } from '../../db/stop-lookup';
import type { TicketWithPlace } from '../../db/tickets';
import { normalizeCode } from '../../domain/codes';
import { HomePage } from '../../../web/views/home';
import { MessagePage } from '../../../web/views/message-page';
import { TicketPage } from '../../../web/views/ticket';
import { StopWindowPage } from '../../../web/views/stop-window';
import { guardedTicketLookup } from '../../http/guarded-lookup';
import type { PageCtx, PageEnv } from './page-env';
import { siteNotices } from './site-notices';

/** The pages for clients: the code form and the ticket. No login, no cookie. */
export function publicPages() {
  return new Hono<PageEnv>()
    .get('/', async (c) => {
      return c.html(<HomePage page={c.get('page').client} notices={await siteNotices(c, null)} />);
    })
    // The code form is a GET to /t, so it works without script and can be bookmarked.
    .get('/t', async (c) => {
      const typed = c.req.query('code') ?? '';
      const code = normalizeCode(typed);
      const page = c.get('page').client;
      if (!code) {
        return c.html(<HomePage page={page} typed={typed} error={page.t.home.badCode} notices={await siteNotices(c, null)} />, 400);
      }
      const lang = c.req.query('lang');
      return c.redirect(`/t/${code}${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`, 303);
    })
    .get('/t/:code', async (c) => {
      const page = c.get('page').client;
      c.header('Cache-Control', 'no-store');
      // One holder's page: no search engine lists it, whatever links to it.
      c.header('X-Robots-Tag', 'noindex');
      const found = await lookUpAnyCode(c, c.req.param('code'));
      if (found === 'membership') {
        const lang = c.req.query('lang');
        return c.redirect(`/m/${normalizeCode(c.req.param('code'))}${lang ? `?lang=${encodeURIComponent(lang)}` : ''}`, 303);
      }
      if (!found) return notFoundTicket(c);
      if ('stop' in found) return c.html(<StopWindowPage page={page} found={found} notices={await siteNotices(c, found.site.id, found.site.timezone)} />);
      return c.html(<TicketPage page={page} found={found} notices={await siteNotices(c, found.site.id, found.site.timezone)} />);
    });
}

/**
 * Slips for tickets, delivery stops and activity places carry the same kind of code, and people
 * type any into the one form on `/`. Like the API's look-up, a throttled address is refused
 * whatever it typed, and a code that is none of them counts once against it; a hit of any kind counts nothing.
 * Tickets are by far the most looked up, so they are tried first, in one statement.
 */
function lookUpAnyCode(c: PageCtx, typed: string): Promise<TicketWithPlace | StopWithPlace | 'membership' | null> {
  return guardedTicketLookup(c, typed, async (services) => (await findStopByCode(services, typed)) ?? ((await findMembership(services, typed)) ? ('membership' as const) : null));
}

function notFoundTicket(c: PageCtx) {
  const { t } = c.get('page').client;
  return c.html(
    <MessagePage page={c.get('page').client} title={t.ticket.notFoundTitle} text={t.ticket.notFoundText} back={{ href: '/', label: t.ticket.tryAgain }} />,
    404,
  );
}
