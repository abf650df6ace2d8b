import { Hono } from 'hono';
import { z } from 'zod';
import { loadDayPlan } from '../../db/day-plan';
import { findTicket, moveTicket, requireTicket, setTicketStatus } from '../../db/tickets';
import { normalizeCode } from '../../domain/codes';
import { isLocalDate } from '../../domain/local-date';
import { parseWith } from '../../http/validate';
import { moveTicketSchema, ticketStatusSchema } from '../../schemas/core';
import { FindTicketPage, StaffTicketPage } from '../../../web/views/staff-ticket';
import type { FieldErrors } from '../../../web/views/form-field';
import { orFormAgain } from './form-state';
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
      const found = await requireTicket(c.get('services'), c.req.param('code'));
      const done = z.enum(doneMessages).safeParse(c.req.query('done'));
      return c.html(await ticketPage(c, found, c.req.query('date'), { done: done.success ? doneText(c, done.data) : undefined }));
    })
    .post('/staff/tickets/:code/move', async (c) => {
      const services = c.get('services');
      const found = await requireTicket(services, c.req.param('code'));
      const typed = String((await c.req.parseBody()).start ?? '');
      // A slot taken meanwhile is an everyday answer: the same page, the day still chosen, the message at the time list.
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const { start } = parseWith(moveTicketSchema, { start: typed });
          await moveTicket(services, found, start);
          return c.redirect(`/staff/tickets/${found.ticket.code}?done=moved`, 303);
        },
        (errors) => ticketPage(c, found, typed.slice(0, 10), { errors: { start: Object.values(errors)[0]! } }),
      );
    })
    .post('/staff/tickets/:code/status', async (c) => {
      const services = c.get('services');
      const found = await requireTicket(services, c.req.param('code'));
      const typed = (await c.req.parseBody()).status;
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const { status } = parseWith(ticketStatusSchema, { status: typed });
          await setTicketStatus(services, found, status, true, c.get('user') ?? null);
          return c.redirect(`/staff/tickets/${found.ticket.code}?done=${status === 'cancelled' ? 'cancelled' : 'restored'}`, 303);
        },
        (errors) => ticketPage(c, found, undefined, { errors: { '': Object.values(errors)[0]! } }),
      );
    });
}

async function ticketPage(c: PageCtx, found: Awaited<ReturnType<typeof requireTicket>>, asked: string | undefined, shown: { done?: string | undefined; errors?: FieldErrors }) {
  const date = asked && isLocalDate(asked) ? asked : found.ticket.date;
  const plan = await loadDayPlan(c.get('services'), found.distribution, date, found.site.timezone);
  return <StaffTicketPage page={c.get('page')} found={found} plan={plan} done={shown.done} errors={shown.errors} />;
}

function doneText(c: PageCtx, done: (typeof doneMessages)[number]) {
  const { t } = c.get('page');
  return done === 'moved' ? t.staffTicket.moved : done === 'cancelled' ? t.staffTicket.cancelled : t.status.booked;
}
