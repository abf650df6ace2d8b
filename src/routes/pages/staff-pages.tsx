import { Hono } from 'hono';
import { z } from 'zod';
import { loadDayPlan } from '../../db/day-plan';
import { findDistribution } from '../../db/distributions';
import { issueTickets } from '../../db/issue-tickets';
import { siteChoice } from '../../db/site-choice';
import { findSite } from '../../db/sites';
import { findTickets } from '../../db/tickets';
import { DomainError } from '../../domain/errors';
import { isLocalDate, todayIn } from '../../domain/local-date';
import { parseWith } from '../../http/validate';
import { issueTicketsSchema } from '../../schemas/core';
import { langs } from '../../../web/i18n/catalogue';
import { PrintSheet, printLayouts, type PrintLayout } from '../../../web/views/print-sheet';
import { StaffPage, type StaffChoice } from '../../../web/views/staff';
import { distributionInWords } from '../../../web/views/distribution-words';
import { orFormAgain } from './form-state';
import { requirePageRole } from './page-errors';
import { publicBase, type PageCtx, type PageEnv } from './page-env';

const issueForm = z.object({
  site: z.string().min(1),
  dist: z.string().min(1),
  date: z.string(),
  count: z.string().default(''),
  strategy: z.string().optional(),
  notBefore: z.string().optional(),
  note: z.string().optional(),
  layout: z.enum(printLayouts).default('a4'),
  slipLang: z.enum(langs).optional(),
});

const MAX_PRINT = 500;

/** The door: choose a distribution and day, issue slips, print them. */
export function staffPages() {
  return new Hono<PageEnv>()
    .use('/staff/*', requirePageRole('staff'))
    .get('/staff', async (c) => {
      const { choice, plan, when } = await chooseDay(c, c.req.query('site'), c.req.query('dist'), c.req.query('date'));
      return c.html(<StaffPage page={c.get('page')} choice={choice} plan={plan} when={when} />);
    })
    .post('/staff/issue', async (c) => {
      const services = c.get('services');
      const form = parseWith(issueForm, await c.req.parseBody());
      const site = await findSite(services, form.site);
      const d = await findDistribution(services, site, form.dist);
      const typed = { count: form.count, notBefore: form.notBefore ?? '', note: form.note ?? '', strategy: form.strategy, layout: form.layout, slipLang: form.slipLang };
      // A full or closed day, or a count that does not fit, is an everyday answer at the door: the same page, as typed.
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const input = parseWith(issueTicketsSchema, {
            date: form.date,
            count: form.count.trim() === '' ? undefined : Number(form.count),
            strategy: form.strategy || undefined,
            notBefore: form.notBefore || undefined,
            note: form.note?.trim() || undefined,
          });
          const issued = await issueTickets(services, { site, d }, input);
          const codes = issued.map((t) => t.code).join(',');
          return c.redirect(`/staff/print/${form.layout}?${new URLSearchParams({ codes, ...(form.slipLang ? { lang: form.slipLang } : {}) })}`, 303);
        },
        async (errors) => {
          const { choice, plan, when } = await chooseDay(c, form.site, form.dist, form.date);
          return <StaffPage page={c.get('page')} choice={choice} plan={plan} when={when} refused={{ typed, errors }} />;
        },
      );
    })
    .get('/staff/print/:layout', async (c) => {
      const layout = parseWith(z.enum(printLayouts), c.req.param('layout')) as PrintLayout;
      const codes = (c.req.query('codes') ?? '').split(',').filter(Boolean).slice(0, MAX_PRINT);
      const services = c.get('services');
      const found = await findTickets(services, codes);
      if (found.length === 0) throw new DomainError(404, 'ticket_not_found', 'No ticket has that code.');
      const first = found[0]!;
      const back = `/staff?${new URLSearchParams({ site: first.site.slug, dist: first.distribution.slug, date: first.ticket.date })}`;
      return c.html(<PrintSheet page={c.get('page')} found={found} layout={layout} base={publicBase(c)} back={back} />);
    });
}

/** Resolves the chooser: the asked site, distribution and day, else the first ones and today. */
async function chooseDay(c: PageCtx, siteSlug?: string, distSlug?: string, date?: string) {
  const services = c.get('services');
  const given = date && isLocalDate(date) ? date : undefined;
  const { sites, site, distributions, closedOn } = await siteChoice(services, siteSlug, given);
  if (!site) {
    const empty: StaffChoice = { sites: [], site: { slug: '', name: '', timezone: 'Europe/Oslo' }, distributions: [], dist: null, date: '' };
    return { choice: empty, plan: null, when: undefined };
  }
  const dist = distributions.find((d) => d.slug === distSlug) ?? distributions[0] ?? null;
  const day = given ?? todayIn(site.timezone, services.now());
  // The closure came with the choice when the day was given; else loadDayPlan reads it.
  const plan = dist ? await loadDayPlan(services, dist, day, site.timezone, { closure: closedOn ? (closedOn.get(dist.id) ?? null) : undefined }) : null;
  const choice: StaffChoice = { sites, site, distributions, dist, date: day };
  const when = dist ? distributionInWords(c.get('page'), dist, site.timezone, todayIn(site.timezone, services.now())) : undefined;
  return { choice, plan, when };
}
