import { Hono } from 'hono';
import { z } from 'zod';
import { buildReport } from '../../db/reports/reports';
import { findSite, listSites } from '../../db/sites';
import { todayIn } from '../../domain/local-date';
import { presetRange, rangePresets } from '../../domain/report-ranges';
import { parseWith } from '../../http/validate';
import { reportQuerySchema } from '../../schemas/reports';
import { reportCss } from '../../../web/assets/report-css';
import { ReportPage } from '../../../web/views/reports';
import { requirePageRole } from './page-errors';
import type { PageEnv } from './page-env';

const DEFAULT_ZONE = 'Europe/Oslo';
const CSS_PATH = '/staff/reports/report.css';
const pageQuery = z.object({
  site: z.string().optional().transform((s) => s || undefined),
  range: z.enum(rangePresets).optional(),
  from: z.string().optional(),
  to: z.string().optional(),
});

const withQuery = (path: string, params: Record<string, string | undefined>) => {
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1]));
  return `${path}?${query}`;
};

/** /staff/reports: a place and a range (a named one in the place's zone, or two dates) in, counts and charts out. */
export function reportPages() {
  return new Hono<PageEnv>()
    .get(CSS_PATH, (c) => c.body(reportCss, 200, { 'Content-Type': 'text/css; charset=utf-8', 'Cache-Control': 'public, max-age=3600' }))
    .use('/staff/reports', requirePageRole('staff'))
    .get('/staff/reports', async (c) => {
      const services = c.get('services');
      const asked = parseWith(pageQuery, c.req.query());
      const site = asked.site ? await findSite(services, asked.site) : null;
      const today = todayIn(site?.timezone ?? DEFAULT_ZONE, services.now());
      const chosen = asked.range ? presetRange(asked.range, today) : asked.from || asked.to ? { from: asked.from, to: asked.to } : presetRange('this-month', today);
      const { from, to } = parseWith(reportQuerySchema, { ...chosen, site: site?.slug });
      const [report, sites] = await Promise.all([buildReport(services, from, to, site), listSites(services)]);
      const t = c.get('page').t;
      const presets = rangePresets.map((key) => {
        const range = presetRange(key, today);
        return { label: t.reports.presets[key], href: withQuery('/staff/reports', { range: key, site: site?.slug }), current: range.from === from && range.to === to };
      });
      const csvHref = withQuery('/api/reports.csv', { from, to, site: site?.slug });
      return c.html(<ReportPage page={c.get('page')} report={report} sites={sites} presets={presets} csvHref={csvHref} cssHref={CSS_PATH} />);
    });
}
