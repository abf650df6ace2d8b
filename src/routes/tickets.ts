import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { findIssuePlace, issueTickets } from '../db/issue-tickets';
import { pickupList } from '../db/pickups';
import { findSite } from '../db/sites';
import { moveTicket, setTicketStatus, type TicketWithPlace } from '../db/tickets';
import { DomainError } from '../domain/errors';
import { todayIn } from '../domain/local-date';
import type { Role } from '../domain/vocabulary';
import type { AppEnv } from '../http/context';
import { guardedTicketLookup } from '../http/guarded-lookup';
import { apiApp, errors, json, jsonBody, needs, publicAccess } from '../http/openapi';
import { dateQuerySchema, issueTicketsSchema, moveTicketSchema, ticketStatusSchema } from '../schemas/core';
import { ticketLangQuery } from '../schemas/common';
import { issuedTicketsSchema, pickupListSchema, ticketViewSchema } from '../schemas/core-responses';
import { negotiateLang } from '../../web/i18n/negotiate';
import { ticketSummary, ticketView } from './ticket-view';

const codeParam = z.object({ code: z.string().describe('the code as printed, XXXX-XXXX; case, spaces and dashes do not matter') });

const issueRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Issue one ticket or a batch (all or nothing: too few free seats is a 409 with `free`)',
  ...needs('staff'),
  request: { params: z.object({ site: z.string(), dist: z.string() }), body: jsonBody(issueTicketsSchema) },
  responses: { 201: json(issuedTicketsSchema, 'The tickets issued'), ...errors(400, 401, 403, 404, 409) },
});
const pickupsRoute = createRoute({
  method: 'get',
  path: '/',
  summary: "The day's pickup list by slot (today by default)",
  ...needs('volunteer'),
  request: { params: z.object({ site: z.string() }), query: dateQuerySchema },
  responses: { 200: json(pickupListSchema, "The day's pickup list"), ...errors(400, 401, 403, 404) },
});
const lookUpRoute = createRoute({
  method: 'get',
  path: '/{code}',
  summary: 'Look a ticket up by its code (unknown codes count against the caller: past 20 in 10 minutes, 429)',
  ...publicAccess,
  request: { params: codeParam, query: ticketLangQuery },
  responses: { 200: json(ticketViewSchema, 'The ticket; the note only for a logged-in caller'), ...errors(404, 429) },
});
/** A change to the ticket of the code in the path: its body in, the ticket as changed out. */
function ticketChange<B extends z.ZodType>(action: 'status' | 'move', summary: string, role: Role, body: B, answer: string) {
  return createRoute({
    method: 'post',
    path: `/{code}/${action}`,
    summary,
    ...needs(role),
    request: { params: codeParam, query: ticketLangQuery, body: jsonBody(body) },
    responses: { 200: json(ticketViewSchema, answer), ...errors(400, 401, 403, 404, 409, 429) },
  });
}
const statusRoute = ticketChange('status', 'Mark picked up, no-show, booked or (staff) cancelled', 'volunteer', ticketStatusSchema, 'The ticket as marked');
const moveRoute = ticketChange('move', 'Move a ticket to another slot of its day (target full: 409)', 'staff', moveTicketSchema, 'The ticket as moved');

/** The ticket of the code in the path, counted against the caller's address when it misses. */
async function requireForCaller(c: Context<AppEnv>, code: string) {
  const found = await guardedTicketLookup(c, code);
  if (!found) throw new DomainError(404, 'ticket_not_found', 'No ticket has that code.');
  return found;
}

function isStaff(c: Context<AppEnv>) {
  const role = c.get('user')?.role;
  return role === 'staff' || role === 'admin';
}

/** The note is for staff; the public view never carries it. */
function viewFor(c: Context<AppEnv>, found: TicketWithPlace) {
  const view = ticketView(found, negotiateLang(c.req.query('lang'), undefined, c.req.header('accept-language')));
  return c.get('user') ? { ...view, note: found.ticket.note } : view;
}

/** Mounted at /sites/:site/distributions/:dist/tickets. */
export function ticketIssueRoutes() {
  return apiApp().openapi(issueRoute, async (c) => {
    const services = c.get('services');
    const { site, dist } = c.req.valid('param');
    const input = c.req.valid('json');
    const place = await findIssuePlace(services, site, dist, input.date);
    const issued = await issueTickets(services, place, input);
    return c.json({ tickets: issued.map((t) => ticketSummary(t, place.site.timezone)) }, 201);
  });
}

/** Mounted at /sites/:site/pickups. */
export function pickupRoutes() {
  return apiApp().openapi(pickupsRoute, async (c) => {
    const services = c.get('services');
    const site = await findSite(services, c.req.valid('param').site);
    const date = c.req.valid('query').date ?? todayIn(site.timezone, services.now());
    return c.json(await pickupList(services, site, date), 200);
  });
}

export function ticketRoutes() {
  return apiApp()
    .openapi(lookUpRoute, async (c) => {
      const found = await requireForCaller(c, c.req.valid('param').code);
      // A ticket's status and notice change; a cached copy could send someone at the wrong time.
      c.header('Cache-Control', 'no-store');
      return c.json(viewFor(c, found), 200);
    })
    .openapi(statusRoute, async (c) => {
      const found = await requireForCaller(c, c.req.valid('param').code);
      const updated = await setTicketStatus(c.get('services'), found, c.req.valid('json').status, isStaff(c), c.get('user') ?? null);
      return c.json(viewFor(c, updated), 200);
    })
    .openapi(moveRoute, async (c) => {
      const found = await requireForCaller(c, c.req.valid('param').code);
      const moved = await moveTicket(c.get('services'), found, c.req.valid('json').start);
      return c.json(viewFor(c, moved), 200);
    });
}
