import { Hono } from 'hono';
import { z } from 'zod';
import { closeDay } from '../../db/closures';
import { slotsOn } from '../../db/day-plan';
import { createDistribution, findDistribution, listDistributions, type DistributionRow } from '../../db/distributions';
import { findSite, updateSite, type SiteRow } from '../../db/sites';
import { updateDistribution } from '../../db/update-distribution';
import { DomainError } from '../../domain/errors';
import { addDays, isLocalDate, todayIn } from '../../domain/local-date';
import { recurringDates } from '../../domain/recurrence/dates';
import { parseWith } from '../../http/validate';
import { closureSchema, createDistributionSchema, updateSiteSchema } from '../../schemas/core';
import { AdminSitePage, type SiteForms } from '../../../web/views/admin-site';
import { ConfirmChangePage } from '../../../web/views/admin-distribution';
import type { DistributionValues, SlotPreview } from '../../../web/views/distribution-form';
import type { FieldErrors } from '../../../web/views/form-field';
import { distributionPage, savedFlash, type DistributionForms } from './admin-distribution-page';
import { orFormAgain } from './form-state';
import { requirePageRole } from './page-errors';
import type { PageCtx, PageEnv } from './page-env';
import { openingDaysForm, openingDaysTyped, openingDayValues, parseWithDays, ruleOrStandIn } from './schedule-form';

const text = z.string().optional().default('');
const distributionForm = z.object({
  ...openingDaysForm,
  slug: text,
  name: text,
  opens: text,
  closes: text,
  slotMinutes: text,
  perSlot: text,
  previewDate: text,
  intent: z.enum(['save', 'preview']).default('save'),
  confirmed: z.string().optional(),
});
type DistributionForm = z.output<typeof distributionForm>;
const siteForm = z.object({ name: text, slug: text, address: text, timezone: text });

/** One place and its distributions: change the place, add and change distributions, close days. */
export function adminSitePages() {
  return new Hono<PageEnv>()
    .use('/admin/*', requirePageRole('admin'))
    .get('/admin/sites/:site', async (c) => {
      const site = await findSite(c.get('services'), c.req.param('site'));
      const today = todayIn(site.timezone, c.get('services').now());
      const t = c.get('page').t;
      const flash = c.req.query('created') ? t.forms.firstDistribution : savedFlash(c);
      return c.html(await sitePage(c, site, { previewDate: today }, flash));
    })
    .post('/admin/sites/:site', async (c) => {
      const site = await findSite(c.get('services'), c.req.param('site'));
      const form = parseWith(siteForm, await c.req.parseBody());
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const changes = parseWith(updateSiteSchema, { slug: form.slug || site.slug, name: form.name, address: form.address, timezone: form.timezone });
          const updated = await updateSite(c.get('services'), site, changes);
          return c.redirect(`/admin/sites/${updated.slug}?saved=1`, 303);
        },
        (errors) => sitePage(c, site, { draft: undefined, previewDate: undefined, site: { values: form, errors } }),
      );
    })
    .post('/admin/sites/:site/distributions', async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site'));
      const form = parseWith(distributionForm, await c.req.parseBody({ all: true }));
      const values = valuesOf(form);
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          if (form.intent === 'preview') return c.html(await sitePage(c, site, { draft: values, previewDate: form.previewDate, preview: previewOf(values, form.previewDate, site.timezone) }));
          const created = await createDistribution(services, site, parseWithDays(createDistributionSchema, fieldsOf(values), values));
          // Straight on to the door, with the place, the distribution and its next opening day chosen.
          const today = todayIn(site.timezone, services.now());
          const next = recurringDates(created.rrule, created.startsOn, created.until, today, addDays(today, 400), site.timezone)[0] ?? today;
          return c.redirect(`/staff?${new URLSearchParams({ site: site.slug, dist: created.slug, date: next })}`, 303);
        },
        (errors) => sitePage(c, site, { draft: values, previewDate: form.previewDate, errors }),
      );
    })
    .get('/admin/sites/:site/distributions/:dist', async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site'));
      const d = await findDistribution(services, site, c.req.param('dist'));
      return c.html(await distributionPage(c, site, d, { values: valuesFromRow(d, site.timezone), previewDate: todayIn(site.timezone, services.now()) }));
    })
    .post('/admin/sites/:site/distributions/:dist', async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site'));
      const d = await findDistribution(services, site, c.req.param('dist'));
      const form = parseWith(distributionForm, await c.req.parseBody({ all: true }));
      const values = valuesOf(form);
      const forms: DistributionForms = { values, previewDate: form.previewDate };
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          if (form.intent === 'preview') return c.html(await distributionPage(c, site, d, { ...forms, preview: previewOf(values, form.previewDate, site.timezone) }));
          const changes = parseWithDays(createDistributionSchema, { ...fieldsOf(values), slug: values.slug || d.slug }, values);
          const action = `/admin/sites/${site.slug}/distributions/${d.slug}`;
          if (!form.confirmed) {
            // The dry run counts what the change would do to issued slips; the admin sees it before saving.
            const dry = await updateDistribution(services, site, d, changes, { dryRun: true, actor: c.get('user') });
            if (dry.moved + dry.cancelled > 0) {
              return c.html(<ConfirmChangePage page={c.get('page')} action={action} values={values} moved={dry.moved} cancelled={dry.cancelled} back={action} />);
            }
          }
          const done = await updateDistribution(services, site, d, changes, { dryRun: false, actor: c.get('user') });
          const q = new URLSearchParams({ moved: String(done.moved), cancelled: String(done.cancelled) });
          return c.redirect(`/admin/sites/${site.slug}/distributions/${done.distribution.slug}?${q}`, 303);
        },
        (errors) => distributionPage(c, site, d, { ...forms, errors }),
      );
    })
    .post('/admin/sites/:site/distributions/:dist/closures', async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site'));
      const d = await findDistribution(services, site, c.req.param('dist'));
      const form = z.object({ date: text, reason: text }).parse(await c.req.parseBody());
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const { date, reason } = parseWith(closureSchema, form);
          const { cancelled } = await closeDay(services, d, date, reason, c.get('user'));
          return c.redirect(`/admin/sites/${site.slug}/distributions/${d.slug}?closed=${cancelled}`, 303);
        },
        (errors: FieldErrors) =>
          distributionPage(c, site, d, { values: valuesFromRow(d, site.timezone), previewDate: todayIn(site.timezone, services.now()), closure: { values: form, errors } }),
      );
    });
}

async function sitePage(c: PageCtx, site: SiteRow, forms: SiteForms, flash?: string) {
  const services = c.get('services');
  const today = todayIn(site.timezone, services.now());
  const draft = forms.draft ?? blankDistribution(today);
  const distributions = await listDistributions(services, site);
  return <AdminSitePage page={c.get('page')} site={site} distributions={distributions} forms={{ ...forms, draft, previewDate: forms.previewDate ?? today }} flash={flash} today={today} />;
}

function valuesOf(form: DistributionForm): DistributionValues {
  const { slug, name, opens, closes, slotMinutes, perSlot } = form;
  return { ...openingDaysTyped(form), slug, name, opens, closes, slotMinutes, perSlot };
}

function valuesFromRow(d: DistributionRow, zone: string): DistributionValues {
  const { slug, name, opens, closes } = d;
  return { ...openingDayValues(d.rrule, zone, d), slug, name, opens, closes, slotMinutes: String(d.slotMinutes), perSlot: String(d.perSlot) };
}

/** A new distribution's form: the hours most centres start from; no day ticked, so nobody opens by accident. */
function blankDistribution(today: string): DistributionValues {
  return { slug: '', name: '', weekdays: [], repeat: 'every-week', rrule: '', startsOn: today, until: '', opens: '10:00', closes: '12:00', slotMinutes: '10', perSlot: '3' };
}

/** Form strings to the API's shape, so the API's schema judges them; the rule from the boxes or the Advanced text. */
function fieldsOf(v: DistributionValues) {
  const { weekdays: _w, repeat: _r, ...rest } = v;
  return { ...rest, slug: v.slug || undefined, rrule: ruleOrStandIn(v), until: v.until || null, slotMinutes: Number(v.slotMinutes), perSlot: Number(v.perSlot) };
}

/** The slots the form's values would give on a day; nothing is saved. */
function previewOf(v: DistributionValues, date: string, zone: string): SlotPreview {
  if (!isLocalDate(date)) throw new DomainError(400, 'invalid_input', 'previewDate: a date as YYYY-MM-DD', { fields: [{ field: 'previewDate', message: 'a date' }] });
  const fields = parseWithDays(createDistributionSchema, fieldsOf(v), v);
  const row = { ...fields, slug: fields.slug ?? '', until: fields.until ?? null, id: 0, siteId: 0 };
  return { date, zone, slots: slotsOn(row, date, zone) };
}
