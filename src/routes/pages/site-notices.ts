import { noticesInForce } from '../../db/notices';
import { noticeTextFor } from '../../domain/notices';
import { todayIn } from '../../domain/local-date';
import type { SiteNotice } from '../../../web/views/home';
import type { PageCtx } from './page-env';

/**
 * Today's notices for a public page: one site's and everyone's (siteId), or only everyone's (null),
 * in the reader's language; notices are written in Norwegian and optionally English.
 */
export async function siteNotices(c: PageCtx, siteId: number | null, zone = 'Europe/Oslo'): Promise<SiteNotice[]> {
  const services = c.get('services');
  const lang = c.get('page').lang === 'en' ? 'en' : 'nb';
  const rows = await noticesInForce(services, siteId, todayIn(zone, services.now()));
  return rows.map((n) => ({ text: noticeTextFor(n, lang), lang: lang === 'en' && n.text.en ? 'en' : 'nb' }));
}
