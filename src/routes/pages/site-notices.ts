import type { SiteNotice } from '../../../web/views/home';
import type { PageCtx } from './page-env';

/** Current notices for the public pages (one site's and everyone's), in the reader's language. */
export async function siteNotices(_c: PageCtx, _siteId: number | null): Promise<SiteNotice[]> {
  return [];
}
