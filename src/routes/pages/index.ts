import { Hono } from 'hono';
import { csrf } from 'hono/csrf';
import { secureHeaders } from 'hono/secure-headers';
import { isOwnOrigin } from '../../http/authenticate';
import type { AppEnv } from '../../http/context';
import { adminPages } from './admin-pages';
import { adminSitePages } from './admin-site-pages';
import { loginPages } from './login-pages';
import { pageError } from './page-errors';
import { pageContext, type PageEnv } from './page-env';
import { publicPages } from './public-pages';
import { staffPages } from './staff-pages';
import { staffTicketPages } from './staff-ticket-pages';
import { staticRoutes } from './static-files';
import { volunteerPages } from './volunteer-pages';
import { outreachPages } from './outreach-pages';
import { activityStaffPages } from './activity-staff-pages';
import { adminActivityPages } from './admin-activity-pages';
import { adminBikeStopPages } from './admin-bike-stop-pages';
import { bikeStaffPages } from './bike-staff-pages';
import { staffNoticePages } from './staff-notice-pages';
import { reportPages } from './report-pages';
import { adminAuditPages } from './admin-audit-pages';
import { adminUserPages } from './admin-user-pages';
import { accountPages } from './account-pages';
import { staffDatePages } from './staff-date-pages';
import { screenPages } from './screen-pages';
import { roundPages } from './round-pages';
import { roundDrivePages } from './round-drive-pages';

/**
 * Every server-rendered page, mounted at `/`. Pages need no script from elsewhere and allow
 * none inline; a ticket URL holds a code, so no referrer leaves; no framing; HTTPS only.
 */
export function pageRoutes() {
  const pages = new Hono<PageEnv>();
  pages.use(
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        styleSrc: ["'self'"],
        scriptSrc: ["'self'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        baseUri: ["'none'"],
      },
      xFrameOptions: 'DENY',
    }),
  );
  pages.route('/', staticRoutes());
  pages.use(pageContext());
  // Forms only post from this site: a cross-site form post gets a 403 page and changes nothing.
  // Behind a proxy the request URL may differ from the public one; both are this site.
  pages.use(csrf({ origin: (origin, c) => isOwnOrigin(origin, c, c.get('services')) }));
  pages.route('/', publicPages());
  pages.route('/', loginPages());
  pages.route('/', staffPages());
  pages.route('/', staffTicketPages());
  pages.route('/', volunteerPages());
  pages.route('/', adminPages());
  pages.route('/', adminSitePages());
  pages.route('/', outreachPages());
  pages.route('/', activityStaffPages());
  pages.route('/', adminBikeStopPages());
  pages.route('/', adminActivityPages());
  pages.route('/', bikeStaffPages());
  pages.route('/', staffNoticePages());
  pages.route('/', reportPages());
  pages.route('/', adminAuditPages());
  pages.route('/', adminUserPages());
  pages.route('/', accountPages());
  pages.route('/', staffDatePages());
  pages.route('/', screenPages());
  pages.route('/', roundPages());
  pages.route('/', roundDrivePages());
  // The pages answer their own errors with a page in the reader's language.
  pages.onError(pageError);
  return pages as unknown as Hono<AppEnv>;
}
