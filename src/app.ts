import { sql } from 'drizzle-orm';
import { Hono } from 'hono';
import type { Services } from './services';
import type { AppEnv } from './http/context';
import { errorBody } from './http/errors';
import { requestLog, requestLogEnabled } from './http/request-log';
import { authenticate } from './http/authenticate';
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
  // Not even a pass-through when off: every middleware costs each request a dispatch.
  if (requestLogEnabled()) app.use(requestLog());
  app.use(authenticate(services));

  app.get('/healthz', async (c) => {
    await services.store.db.get(sql`select 1 as ok`);
    return c.json({ ok: true });
  });
  app.route('/api', apiRoutes());
  app.route('/calendar', calendarRoutes());
  app.route('/', pageRoutes());
  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}`), 404) : notFoundPage(c),
  );
  // One error handler for the whole app: a page (one that has its page context) gets an error
  // page, anything else the JSON error. Set on the pages' own app instead, hono would wrap each
  // of their handlers and middlewares in a compose of its own, on every page request.
  app.onError(pageError);
  return app;
}

export type App = ReturnType<typeof createApp>;
