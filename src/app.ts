import { Hono } from 'hono';
import type { Services } from './services';
import type { AppEnv } from './http/context';
import { errorBody } from './http/errors';
import { logUnexpected } from './http/error-log';
import { proveDatabaseWritable } from './db/health';
import { requestLog, requestLogEnabled } from './http/request-log';
import { serverTiming } from './http/server-timing';
import { authenticate } from './http/authenticate';
import { boundedBodies, jsonBodiesOnly } from './http/body-rules';
import { noStoreUnlessSaid } from './http/no-store';
import { publicDateRange } from './http/public-date-range';
import { apiRoutes } from './routes';
import { calendarRoutes } from './routes/calendar';
import { pageRoutes } from './routes/pages';
import { notFoundPage, pageError } from './routes/pages/page-errors';

/**
 * Builds the whole app from its dependencies. The Node and Worker entries call this with their
 * own store; nothing below knows which runtime it runs on.
 */
export function createApp(services: Services) {
  const app = new Hono<AppEnv>();
  app.use(serverTiming());
  if (requestLogEnabled()) app.use(requestLog());
  app.use(boundedBodies());
  app.use('/api/*', jsonBodiesOnly(), noStoreUnlessSaid());
  app.use(authenticate(services));
  app.use(publicDateRange());

  // 503 when the database answers reads but takes no write (full disk, read-only mount).
  app.get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      await proveDatabaseWritable(services);
    } catch (error) {
      logUnexpected({ check: 'healthz' }, error);
      return c.json(errorBody('database_unwritable', 'The database does not take writes.'), 503);
    }
    return c.json({ ok: true });
  });
  app.route('/api', apiRoutes());
  app.route('/calendar', calendarRoutes());
  app.route('/', pageRoutes());
  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}`), 404) : notFoundPage(c),
  );
  // One error handler for the whole app: a page (one that has its page context) gets an error
  // page, anything else the JSON error.
  app.onError(pageError);
  return app;
}

export type App = ReturnType<typeof createApp>;
