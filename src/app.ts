import { Hono, type MiddlewareHandler } from 'hono';
import type { Services } from './services';
import type { AppEnv } from './http/context';
import { errorBody, handleError, storageUnavailable } from './http/errors';
import { proveDatabaseWritable } from './db/health';
import { requestLog, requestLogEnabled } from './http/request-log';
import { serverTiming, type LateHeader } from './http/server-timing';
import { authenticate } from './http/authenticate';
import { knowTheCaller, type Caller } from './http/client-address';
import { boundedBodies, jsonBodiesOnly } from './http/body-rules';
import { refuseCrossSiteWrites } from './http/cross-site';
import { noStoreUnlessSaid } from './http/no-store';
import { publicDateRange } from './http/public-date-range';
import { apiRoutes } from './routes';
import { calendarRoutes } from './routes/calendar';
import { pageRoutes } from './routes/pages';
import { notFoundPage } from './routes/pages/page-errors';

/**
 * What differs by runtime beyond the services: how it tells who is calling, and compression (Node
 * compresses its answers, Workers' edge does it for them).
 */
type AppOptions = {
  caller: Caller;
  compression?: MiddlewareHandler;
  /**
   * Sets a header whose value is known only after the answer is made (Server-Timing). On Node
   * that goes on the socket's response instead: changing a made answer's headers makes
   * @hono/node-server rebuild it as a full Response and stream its body, which doubled the CPU
   * of a look-up (BENCHMARKS.md). Elsewhere, on the answer itself.
   */
  lateHeader?: LateHeader;
};

/**
 * Builds the whole app from its dependencies. The Node and Worker entries call this with their
 * own store; nothing below knows which runtime it runs on.
 */
export function createApp(services: Services, options: AppOptions) {
  const app = new Hono<AppEnv>();
  app.use(serverTiming(options.lateHeader));
  app.use(knowTheCaller(options.caller));
  if (options.compression) app.use(options.compression);
  if (requestLogEnabled()) app.use(requestLog());
  app.use(boundedBodies());
  app.use('/api/*', refuseCrossSiteWrites(services), jsonBodiesOnly(), noStoreUnlessSaid());
  app.use(authenticate(services));
  app.use(publicDateRange());

  // 503 when the database answers reads but takes no write (full disk, read-only mount).
  app.get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      await proveDatabaseWritable(services);
    } catch (error) {
      // The same answer as any refused write, whatever SQLite's reason (a lost lock counts too).
      return storageUnavailable(c, error);
    }
    return c.json({ ok: true });
  });
  app.route('/api', apiRoutes());
  app.route('/calendar', calendarRoutes());
  app.route('/', pageRoutes());
  app.notFound((c) =>
    c.req.path.startsWith('/api/') ? c.json(errorBody('not_found', `No route ${c.req.method} ${c.req.path}`), 404) : notFoundPage(c),
  );
  // The API and the pages answer their own errors; this is the last resort for what fails before
  // either is reached (the app-wide middlewares) and for the calendar feeds: the JSON error.
  app.onError(handleError);
  return app;
}

export type App = ReturnType<typeof createApp>;
