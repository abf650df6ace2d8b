import { Hono } from 'hono';
import { z } from 'zod';
import { closeDay, listClosures } from '../../db/closures';
import { slotsOn } from '../../db/day-plan';
import { createDistribution, findDistribution, listDistributions, type DistributionRow } from '../../db/distributions';
import { createSite, findSite, listSites, updateSite } from '../../db/sites';
import { updateDistribution } from '../../db/update-distribution';
import { DomainError } from '../../domain/errors';
import { isLocalDate, todayIn } from '../../domain/local-date';
import { parseWith } from '../../http/validate';
import { closureSchema, createDistributionSchema, createSiteSchema, updateSiteSchema } from '../../schemas/core';
import { AdminPage } from '../../../web/views/admin';
import { AdminDistributionPage, ConfirmChangePage } from '../../../web/views/admin-distribution';
import { AdminSitePage } from '../../../web/views/admin-site';
import type { DistributionValues, SlotPreview } from '../../../web/views/distribution-form';
import { requirePageRole } from './page-errors';
import type { PageCtx, PageEnv } from './page-env';

const text = z.string().optional().default('');
const distributionForm = z.object({
  slug: text,
  name: text,
  rrule: text,
  startsOn: text,
  until: text,
  opens: text,
  closes: text,
  slotMinutes: text,
  perSlot: text,
  previewDate: text,
  intent: z.enum(['save', 'preview']).default('save'),
  confirmed: z.string().optional(),
});

/** Set-up for admins: sites, distributions (preview, confirm before moving slips), closures; users are on /admin/users. */
export function adminPages() {
  return new Hono<PageEnv>()
    .use('/admin/*', requirePageRole('admin'))
    .get('/admin', async (c) => {
      const services = c.get('services');
      const sites = await listSites(services);
      const flash = c.req.query('saved') ? c.get('page').t.admin.saved : undefined;
      return c.html(<AdminPage page={c.get('page')} sites={sites} flash={flash} />);
    })
    .post('/admin/sites', async (c) => {
      const form = await c.req.parseBody();
      const input = parseWith(createSiteSchema, { slug: form.slug, name: form.name, address: form.address || undefined, timezone: form.timezone || undefined });
      const site = await createSite(c.get('services'), input);
      return c.redirect(`/admin/sites/${site.slug}?saved=1`, 303);
    })
    .get('/admin/sites/:site', async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site'));
      const today = todayIn(site.timezone, services.now());
      const draft: DistributionValues = { slug: '', name: '', rrule: 'FREQ=WEEKLY;BYDAY=MO,TU,TH,FR', startsOn: today, until: '', opens: '11:00', closes: '13:00', slotMinutes: '15', perSlot: '4' };
      return c.html(
        <AdminSitePage page={c.get('page')} site={site} distributions={await listDistributions(services, site)} draft={draft} previewDate={today} flash={savedFlash(c)} />,
      );
    })
    .post('/admin/sites/:site', async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site'));
      const form = await c.req.parseBody();
      const changes = parseWith(updateSiteSchema, { slug: form.slug, name: form.name, address: form.address ?? '', timezone: form.timezone });
      const updated = await updateSite(services, site, changes);
      return c.redirect(`/admin/sites/${updated.slug}?saved=1`, 303);
    })
    .post('/admin/sites/:site/distributions', async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site'));
      const form = parseWith(distributionForm, await c.req.parseBody());
      const values = valuesOf(form);
      if (form.intent === 'preview') {
        return c.html(
          <AdminSitePage page={c.get('page')} site={site} distributions={await listDistributions(services, site)} draft={values} previewDate={form.previewDate} preview={previewOf(values, form.previewDate, site.timezone)} />,
        );
      }
      const created = await createDistribution(services, site, parseWith(createDistributionSchema, fieldsOf(values)));
      return c.redirect(`/admin/sites/${site.slug}/distributions/${created.slug}?saved=1`, 303);
    })
    .get('/admin/sites/:site/distributions/:dist', async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site'));
      const d = await findDistribution(services, site, c.req.param('dist'));
      return c.html(await distributionPage(c, site, d, valuesFromRow(d), todayIn(site.timezone, services.now())));
    })
    .post('/admin/sites/:site/distributions/:dist', async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site'));
      const d = await findDistribution(services, site, c.req.param('dist'));
      const form = parseWith(distributionForm, await c.req.parseBody());
      const values = valuesOf(form);
      if (form.intent === 'preview') return c.html(await distributionPage(c, site, d, values, form.previewDate, true));
      const changes = parseWith(createDistributionSchema, fieldsOf(values));
      const action = `/admin/sites/${site.slug}/distributions/${d.slug}`;
      if (!form.confirmed) {
        // The dry run counts what the change would do to issued slips; the admin sees it before saving.
        const dry = await updateDistribution(services, site, d, changes, { dryRun: true });
        if (dry.moved + dry.cancelled > 0) {
          return c.html(<ConfirmChangePage page={c.get('page')} action={action} values={values} moved={dry.moved} cancelled={dry.cancelled} back={action} />);
        }
      }
      const done = await updateDistribution(services, site, d, changes, { dryRun: false });
      const q = new URLSearchParams({ moved: String(done.moved), cancelled: String(done.cancelled) });
      return c.redirect(`/admin/sites/${site.slug}/distributions/${done.distribution.slug}?${q}`, 303);
    })
    .post('/admin/sites/:site/distributions/:dist/closures', async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site'));
      const d = await findDistribution(services, site, c.req.param('dist'));
      const form = await c.req.parseBody();
      const { date, reason } = parseWith(closureSchema, { date: form.date, reason: form.reason });
      const { cancelled } = await closeDay(services, d, date, reason);
      return c.redirect(`/admin/sites/${site.slug}/distributions/${d.slug}?closed=${cancelled}`, 303);
    });
}

async function distributionPage(c: PageCtx, site: { slug: string; name: string; timezone: string }, d: DistributionRow, values: DistributionValues, previewDate: string, withPreview = false) {
  const services = c.get('services');
  const closures = await listClosures(services, d);
  const preview = withPreview ? previewOf(values, previewDate, site.timezone) : undefined;
  return (
    <AdminDistributionPage
      page={c.get('page')}
      site={site}
      dist={d}
      values={values}
      previewDate={previewDate}
      preview={preview}
      closures={closures}
      flash={savedFlash(c)}
      today={todayIn(site.timezone, services.now())}
    />
  );
}

function savedFlash(c: PageCtx) {
  const { t } = c.get('page');
  const closed = c.req.query('closed');
  if (closed !== undefined) return t.admin.closedResult(Number(closed) || 0);
  const moved = c.req.query('moved');
  if (moved !== undefined) return t.admin.changeResult(Number(moved) || 0, Number(c.req.query('cancelled')) || 0);
  return c.req.query('saved') ? t.admin.saved : undefined;
}

function valuesOf(form: z.output<typeof distributionForm>): DistributionValues {
  const { slug, name, rrule, startsOn, until, opens, closes, slotMinutes, perSlot } = form;
  return { slug, name, rrule, startsOn, until, opens, closes, slotMinutes, perSlot };
}

function valuesFromRow(d: DistributionRow): DistributionValues {
  return { ...d, until: d.until ?? '', slotMinutes: String(d.slotMinutes), perSlot: String(d.perSlot) };
}

/** Form strings to the API's shape, so the API's schema judges them. */
function fieldsOf(v: DistributionValues) {
  return { ...v, until: v.until || null, slotMinutes: Number(v.slotMinutes), perSlot: Number(v.perSlot) };
}

/** The slots the form's values would give on a day; nothing is saved. */
function previewOf(v: DistributionValues, date: string, zone: string): SlotPreview {
  if (!isLocalDate(date)) throw new DomainError(400, 'invalid_input', 'previewDate: a date as YYYY-MM-DD');
  const fields = parseWith(createDistributionSchema, fieldsOf(v));
  const row = { ...fields, until: fields.until ?? null, id: 0, siteId: 0 };
  return { date, zone, slots: slotsOn(row, date, zone) };
}
