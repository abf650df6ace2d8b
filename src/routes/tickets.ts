import { Hono } from 'hono';
import { findIssuePlace, issueTickets } from '../db/issue-tickets';
import { pickupList } from '../db/pickups';
import { guardedTicketLookup } from '../http/guarded-lookup';
import { findSite } from '../db/sites';
import { moveTicket, setTicketStatus, ticketSummary, ticketView, type TicketWithPlace } from '../db/tickets';
import { DomainError } from '../domain/errors';
import { todayIn } from '../domain/local-date';
import { requireRole } from '../http/authenticate';
import type { AppEnv } from '../http/context';
import { negotiateLang } from '../../web/i18n/negotiate';
import { documented } from '../http/openapi';
import { validate } from '../http/validate';
import type { Context } from 'hono';
import { dateQuerySchema, issueTicketsSchema, moveTicketSchema, ticketStatusSchema } from '../schemas/core';

documented({ method: 'post', path: '/api/sites/:site/distributions/:dist/tickets', summary: 'Issue one ticket or a batch (all or nothing)', role: 'staff', body: issueTicketsSchema, success: 201 });
documented({ method: 'get', path: '/api/tickets/:code', summary: 'Look a ticket up by its code', role: 'public', success: 200 });
documented({ method: 'post', path: '/api/tickets/:code/status', summary: 'Mark picked up, no-show, booked or (staff) cancelled', role: 'volunteer', body: ticketStatusSchema, success: 200 });
documented({ method: 'post', path: '/api/tickets/:code/move', summary: 'Move a ticket to another slot', role: 'staff', body: moveTicketSchema, success: 200 });
documented({ method: 'get', path: '/api/sites/:site/pickups', summary: "The day's pickup list by slot", role: 'volunteer', query: dateQuerySchema, success: 200 });

/** The ticket of the code in the path, counted against the caller's address when it misses. */
async function requireForCaller(c: Context<AppEnv>) {
  const found = await guardedTicketLookup(c, c.req.param('code')!);
  if (!found) throw new DomainError(404, 'ticket_not_found', 'No ticket has that code.');
  return found;
}

function lang(c: Context<AppEnv>) {
  return negotiateLang(c.req.query('lang'), undefined, c.req.header('accept-language'));
}

function isStaff(c: Context<AppEnv>) {
  const role = c.get('user')?.role;
  return role === 'staff' || role === 'admin';
}

/** The note is for staff; the public view never carries it. */
function viewFor(c: Context<AppEnv>, found: TicketWithPlace) {
  const view = ticketView(found, lang(c));
  return c.get('user') ? { ...view, note: found.ticket.note } : view;
}

export function ticketIssueRoutes() {
  return new Hono<AppEnv>().post('/:site/distributions/:dist/tickets', requireRole('staff'), validate('json', issueTicketsSchema), async (c) => {
    const services = c.get('services');
    const input = c.req.valid('json');
    const place = await findIssuePlace(services, c.req.param('site'), c.req.param('dist'), input.date);
    const issued = await issueTickets(services, place, input);
    return c.json({ tickets: issued.map((t) => ticketSummary(t, place.site.timezone)) }, 201);
  });
}

export function pickupRoutes() {
  return new Hono<AppEnv>().get('/:site/pickups', requireRole('volunteer'), validate('query', dateQuerySchema), async (c) => {
    const services = c.get('services');
    const site = await findSite(services, c.req.param('site'));
    const date = c.req.valid('query').date ?? todayIn(site.timezone, services.now());
    return c.json(await pickupList(services, site, date));
  });
}

export function ticketRoutes() {
  return new Hono<AppEnv>()
    .get('/:code', async (c) => {
      const found = await requireForCaller(c);
      // Plain header object, not c.header(): @hono/node-server then writes it straight out
      // instead of building and walking a Headers object (the busiest public route).
      return new Response(JSON.stringify(viewFor(c, found)), { status: 200, headers: { 'content-type': 'application/json', 'cache-control': 'no-store' } });
    })
    .post('/:code/status', requireRole('volunteer'), validate('json', ticketStatusSchema), async (c) => {
      const found = await requireForCaller(c);
      const updated = await setTicketStatus(c.get('services'), found, c.req.valid('json').status, isStaff(c));
      return c.json(viewFor(c, updated));
    })
    .post('/:code/move', requireRole('staff'), validate('json', moveTicketSchema), async (c) => {
      const found = await requireForCaller(c);
      const moved = await moveTicket(c.get('services'), found, c.req.valid('json').start);
      return c.json(viewFor(c, moved));
    });
}
