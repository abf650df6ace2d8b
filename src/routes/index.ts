import { handleError } from '../http/errors';
import { apiApp, apiDocument } from '../http/openapi';
import { sessionRoutes } from './session';
import { userRoutes } from './users';
import { tokenRoutes } from './tokens';
import { siteRoutes } from './sites';
import { distributionRoutes } from './distributions';
import { pickupRoutes, ticketIssueRoutes, ticketRoutes } from './tickets';
import { bikeStopRoutes } from './bike-stops';
import { bikeStopDayRoutes } from './bike-stop-days';
import { activityRoutes } from './activities';
import { activitySessionRoutes } from './activity-sessions';
import { activityMemberRoutes, membershipRoutes } from './memberships';
import { noticeRoutes } from './notices';
import { tracingRoutes } from './tracing';
import { reportRoutes } from './reports';
import { auditRoutes } from './audit';
import { roundRoutes } from './rounds';
import { stopLookupRoutes } from './stop-lookup';

/** Every JSON route, mounted under /api; /api/openapi.json is made from their own definitions. */
export function apiRoutes() {
  const api = apiApp()
    .route('/session', sessionRoutes())
    .route('/users', userRoutes())
    .route('/tokens', tokenRoutes())
    .route('/sites', siteRoutes())
    .route('/sites/:site/distributions', distributionRoutes())
    .route('/sites/:site/distributions/:dist/tickets', ticketIssueRoutes())
    .route('/sites/:site/pickups', pickupRoutes())
    .route('/tickets', ticketRoutes())
    .route('/bike-stops', bikeStopRoutes())
    .route('/bike-stops/:stop', bikeStopDayRoutes())
    .route('/activities', activityRoutes())
    .route('/activities/:act', activitySessionRoutes())
    .route('/activities/:act/members', activityMemberRoutes())
    .route('/memberships', membershipRoutes())
    .route('/notices', noticeRoutes())
    .route('/tracing', tracingRoutes())
    .route('/', reportRoutes())
    .route('/audit', auditRoutes())
    .route('/sites/:site/rounds', roundRoutes())
    .route('/stops', stopLookupRoutes());
  api.get('/openapi.json', (c) => c.json(apiDocument(api, '/api')));
  // The API answers its own errors, in JSON.
  api.onError(handleError);
  return api;
}
