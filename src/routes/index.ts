import { Hono } from 'hono';
import type { AppEnv } from '../http/context';
import { sessionRoutes } from './session';
import { userRoutes } from './users';
import { siteRoutes } from './sites';
import { distributionRoutes } from './distributions';
import { pickupRoutes, ticketIssueRoutes, ticketRoutes } from './tickets';
import { openApiDocument } from '../http/openapi';
import { bikeStopRoutes } from './bike-stops';
import { activityRoutes, membershipRoutes } from './activities';
import { noticeRoutes } from './notices';
import { tracingRoutes } from './tracing';
import { reportRoutes } from './reports';

/** Every JSON route, mounted under /api. */
export function apiRoutes() {
  const api = new Hono<AppEnv>();
  api.route('/session', sessionRoutes());
  api.route('/', userRoutes());
  api.route('/sites', siteRoutes());
  api.route('/sites/:site/distributions', distributionRoutes());
  api.route('/sites', ticketIssueRoutes());
  api.route('/sites', pickupRoutes());
  api.route('/tickets', ticketRoutes());
  api.route('/bike-stops', bikeStopRoutes());
  api.route('/activities', activityRoutes());
  api.route('/memberships', membershipRoutes());
  api.route('/notices', noticeRoutes());
  api.route('/tracing', tracingRoutes());
  api.route('/', reportRoutes());
  api.get('/openapi.json', (c) => c.json(openApiDocument()));
  return api;
}
