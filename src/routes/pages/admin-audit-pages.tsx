import { Hono } from 'hono';
import { DateTime } from 'luxon';
import { parseWith } from '../../http/validate';
import { auditQuerySchema } from '../../schemas/audit';
import { AuditPage } from '../../../web/views/admin-audit';
import { auditEntries } from '../../db/audit';
import { requirePageRole } from './page-errors';
import type { PageEnv } from './page-env';

/** /admin/audit: the audit log for admins, the same entries as GET /api/audit. */
export function adminAuditPages() {
  return new Hono<PageEnv>().get('/admin/audit', requirePageRole('admin'), async (c) => {
    const services = c.get('services');
    const page = c.get('page');
    const { from, to, entries } = await auditEntries(services, parseWith(auditQuerySchema, c.req.query()));
    const { locale, medium, time } = page.t.dates;
    const rows = entries.map((e) => ({ ...e, when: DateTime.fromISO(e.at, { setZone: true }).setLocale(locale).toFormat(`${medium} ${time}`) }));
    return c.html(<AuditPage page={page} from={from} to={to} keptDays={services.settings.auditDays} rows={rows} />);
  });
}
