import { Hono } from 'hono';
import { closeDay, listClosures, reopenDay } from '../db/closures';
import { loadDayPlan, slotLoadView } from '../db/day-plan';
import { createDistribution, distributionView, findDistribution, listDistributions } from '../db/distributions';
import { findSite } from '../db/sites';
import { updateDistribution } from '../db/update-distribution';
import { todayIn } from '../domain/local-date';
import { requireRole } from '../http/authenticate';
import type { AppEnv } from '../http/context';
import { documented } from '../http/openapi';
import { parseWith, validate } from '../http/validate';
import { localDateSchema } from '../schemas/common';
import { closureSchema, createDistributionSchema, dateQuerySchema, dryRunQuerySchema, updateDistributionSchema } from '../schemas/core';

const base = '/api/sites/:site/distributions';
documented({ method: 'get', path: base, summary: "A site's distributions", role: 'public', success: 200 });
documented({ method: 'post', path: base, summary: 'Create a distribution', role: 'admin', body: createDistributionSchema, success: 201 });
documented({ method: 'get', path: `${base}/:dist`, summary: 'One distribution', role: 'public', success: 200 });
documented({
  method: 'patch',
  path: `${base}/:dist`,
  summary: 'Change a distribution; tickets that no longer fit are moved or cancelled (dryRun=1 only counts them)',
  role: 'admin',
  body: updateDistributionSchema,
  query: dryRunQuerySchema,
  success: 200,
});
documented({ method: 'get', path: `${base}/:dist/slots`, summary: "A day's slots with free places", role: 'public', query: dateQuerySchema, success: 200 });
documented({ method: 'get', path: `${base}/:dist/closures`, summary: 'Closed days', role: 'public', success: 200 });
documented({ method: 'post', path: `${base}/:dist/closures`, summary: 'Close a day; its tickets are cancelled', role: 'staff', body: closureSchema, success: 201 });
documented({ method: 'delete', path: `${base}/:dist/closures/:date`, summary: 'Open a closed day again', role: 'staff', success: 204 });

export function distributionRoutes() {
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site')!);
      return c.json((await listDistributions(services, site)).map(distributionView));
    })
    .post('/', requireRole('admin'), validate('json', createDistributionSchema), async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site')!);
      return c.json(distributionView(await createDistribution(services, site, c.req.valid('json'))), 201);
    })
    .get('/:dist', async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site')!);
      return c.json(distributionView(await findDistribution(services, site, c.req.param('dist'))));
    })
    .patch('/:dist', requireRole('admin'), validate('query', dryRunQuerySchema), validate('json', updateDistributionSchema), async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site')!);
      const current = await findDistribution(services, site, c.req.param('dist'));
      const dryRun = ['1', 'true'].includes(c.req.valid('query').dryRun ?? '');
      const result = await updateDistribution(services, site, current, c.req.valid('json'), { dryRun });
      return c.json({ distribution: distributionView(result.distribution), moved: result.moved, cancelled: result.cancelled, dryRun });
    })
    .get('/:dist/slots', validate('query', dateQuerySchema), async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site')!);
      const d = await findDistribution(services, site, c.req.param('dist'));
      const date = c.req.valid('query').date ?? todayIn(site.timezone, services.now());
      const plan = await loadDayPlan(services, d, date, site.timezone);
      return c.json({ date, closed: plan.closed, slots: plan.closed ? [] : plan.slots.map((s) => slotLoadView(s, site.timezone)) });
    })
    .get('/:dist/closures', async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site')!);
      return c.json(await listClosures(services, await findDistribution(services, site, c.req.param('dist'))));
    })
    .post('/:dist/closures', requireRole('staff'), validate('json', closureSchema), async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site')!);
      const d = await findDistribution(services, site, c.req.param('dist'));
      const { date, reason } = c.req.valid('json');
      return c.json(await closeDay(services, d, date, reason), 201);
    })
    .delete('/:dist/closures/:date', requireRole('staff'), async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.param('site')!);
      const d = await findDistribution(services, site, c.req.param('dist'));
      await reopenDay(services, d, parseWith(localDateSchema, c.req.param('date')));
      return c.body(null, 204);
    });
}
