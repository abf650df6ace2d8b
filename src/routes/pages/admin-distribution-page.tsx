import { listClosures } from '../../db/closures';
import type { DistributionRow } from '../../db/distributions';
import { todayIn } from '../../domain/local-date';
import { AdminDistributionPage } from '../../../web/views/admin-distribution';
import type { DistributionValues, SlotPreview } from '../../../web/views/distribution-form';
import type { FieldErrors } from '../../../web/views/form-field';
import type { PageCtx } from './page-env';

/** What the distribution page's two forms hold: the distribution as typed (or stored), and a closure. */
export type DistributionForms = {
  values: DistributionValues;
  previewDate: string;
  preview?: SlotPreview;
  errors?: FieldErrors;
  closure?: { values: { date: string; reason: string }; errors: FieldErrors };
};

export async function distributionPage(c: PageCtx, site: { slug: string; name: string; timezone: string }, d: DistributionRow, forms: DistributionForms) {
  const services = c.get('services');
  const closures = await listClosures(services, d);
  return <AdminDistributionPage page={c.get('page')} site={site} dist={d} forms={forms} closures={closures} flash={savedFlash(c)} today={todayIn(site.timezone, services.now())} />;
}

/** The one-line result after a redirect: saved, a day closed, slips moved. */
export function savedFlash(c: PageCtx) {
  const { t } = c.get('page');
  const closed = c.req.query('closed');
  if (closed !== undefined) return t.admin.closedResult(Number(closed) || 0);
  const moved = c.req.query('moved');
  if (moved !== undefined) return t.admin.changeResult(Number(moved) || 0, Number(c.req.query('cancelled')) || 0);
  return c.req.query('saved') ? t.admin.saved : undefined;
}
