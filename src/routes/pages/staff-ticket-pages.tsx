import { Hono } from 'hono';
import { z } from 'zod';
import { loadDayPlan } from '../../db/day-plan';
import { findTicket, moveTicket, requireTicket, setTicketStatus } from '../../db/tickets';
import { normalizeCode } from '../../domain/codes';
import { isLocalDate } from '../../domain/local-date';
import { parseWith } from '../../http/validate';
import { moveTicketSchema, ticketStatusSchema } from '../../schemas/core';
import { FindTicketPage, StaffTicketPage } from '../../../web/views/staff-ticket';
import { requirePageRole } from './page-errors';
import type { PageCtx, PageEnv } from './page-env';

const doneMessages = ['moved', 'cancelled', 'restored'] as const;

/** Find a slip by its code, move it, cancel it, print it again. */
export function staffTicketPages() {
  return new Hono<PageEnv>()
    .use('/staff/tickets/*', requirePageRole('staff'))
    .get('/staff/tickets', async (c) => {
      const typed = c.req.query('code');
      if (!typed) return c.html(<FindTicketPage page={c.get('page')} />);
      const code = normalizeCode(typed);
      const found = code ? await findTicket(c.get('services'), code) : null;
      if (!found) return c.html(<FindTicketPage page={c.get('page')} typed={typed} notFound />, 404);
      return c.redirect(`/staff/tickets/${found.ticket.code}`, 303);
    })
    .get('/staff/tickets/:code', async (c) => {
      const services = c.get('services');
      const found = await requireTicket(services, c.req.param('code'));
      const asked = c.req.query('date');
      const date = asked && isLocalDate(asked) ? asked : found.ticket.date;
      const plan = await loadDayPlan(services, found.distribution, date, found.site.timezone);
      const done = z.enum(doneMessages).safeParse(c.req.query('done'));
      return c.html(<StaffTicketPage page={c.get('page')} found={found} plan={plan} done={done.success ? doneText(c, done.data) : undefined} />);
    })
    .post('/staff/tickets/:code/move', async (c) => {
      const services = c.get('services');
      const found = await requireTicket(services, c.req.param('code'));
      const { start } = parseWith(moveTicketSchema, { start: (await c.req.parseBody()).start });
      await moveTicket(services, found, start);
      return c.redirect(`/staff/tickets/${found.ticket.code}?done=moved`, 303);
    })
    .post('/staff/tickets/:code/status', async (c) => {
      const services = c.get('services');
      const found = await requireTicket(services, c.req.param('code'));
      const { status } = parseWith(ticketStatusSchema, { status: (await c.req.parseBody()).status });
      await setTicketStatus(services, found, status, true);
      return c.redirect(`/staff/tickets/${found.ticket.code}?done=${status === 'cancelled' ? 'cancelled' : 'restored'}`, 303);
    });
}

function doneText(c: PageCtx, done: (typeof doneMessages)[number]) {
  const { t } = c.get('page');
  return done === 'moved' ? t.staffTicket.moved : done === 'cancelled' ? t.staffTicket.cancelled : t.status.booked;
}
