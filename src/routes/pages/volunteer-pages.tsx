import { Hono } from 'hono';
import { z } from 'zod';
import { pickupList } from '../../db/pickups';
import { siteChoice } from '../../db/site-choice';
import { listSites } from '../../db/sites';
import { requireTicket, setTicketStatus } from '../../db/tickets';
import { DomainError } from '../../domain/errors';
import { isLocalDate, todayIn } from '../../domain/local-date';
import { parseWith } from '../../http/validate';
import { ticketStatusSchema } from '../../schemas/core';
import { VolunteerPage } from '../../../web/views/volunteer';
import { orFormAgain } from './form-state';
import { requirePageRole } from './page-errors';
import type { PageEnv } from './page-env';

const statusForm = z.object({ code: z.string().min(1).max(20), status: z.string(), date: z.string().max(10).optional() });

/** The volunteers' daily list and its one-tap status buttons. */
export function volunteerPages() {
  return new Hono<PageEnv>()
    .use('/volunteer/*', requirePageRole('volunteer'))
    .get('/volunteer', async (c) => {
      const services = c.get('services');
      const asked = c.req.query('date');
      const given = asked && isLocalDate(asked) ? asked : undefined;
      const { sites, site, distributions, closedOn } = await siteChoice(services, c.req.query('site'), given);
      if (!site) throw new DomainError(404, 'site_not_found', 'No sites yet.');
      const date = given ?? todayIn(site.timezone, services.now());
      const list = await pickupList(services, site, date, { distributions, closedOn });
      return c.html(<VolunteerPage page={c.get('page')} sites={sites} site={site} list={list} nowMs={services.now()} />);
    })
    .post('/volunteer/status', async (c) => {
      const services = c.get('services');
      const form = parseWith(statusForm, await c.req.parseBody());
      const { status } = parseWith(ticketStatusSchema, { status: form.status });
      const found = await requireTicket(services, form.code);
      const role = c.get('user')!.role;
      // Back to the list the tap came from, at the slot it was in.
      const date = isLocalDate(form.date) ? form.date : found.ticket.date;
      // A tap that changes nothing (the slip was cancelled or its day closed meanwhile) shows the
      // list as it is now with the reason above it, not an error page in the middle of a shift.
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          await setTicketStatus(services, found, status, role === 'staff' || role === 'admin', c.get('user') ?? null);
          return c.redirect(`/volunteer?${new URLSearchParams({ site: found.site.slug, date })}`, 303);
        },
        async (errors) => {
          const [sites, list] = await Promise.all([listSites(services), pickupList(services, found.site, date)]);
          const refused = Object.values(errors)[0];
          return <VolunteerPage page={c.get('page')} sites={sites} site={found.site} list={list} nowMs={services.now()} refused={refused} />;
        },
      );
    });
}
