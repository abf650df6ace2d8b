import type { Context, ExecutionContext } from 'hono';
import { createApp, type App } from './app';
import { throttleBucket } from './domain/client-address';
import type { Caller } from './http/client-address';
import { AdminPasswordTooShort } from './auth/password';
import { logUnexpected } from './http/error-log';
import { openD1Store, type D1Database } from './adapters/d1';
import { onD1Session } from './adapters/request-d1';
import { d1SessionFor, withBookmarkCookie } from './d1-read-replicas';
import { runRetention } from './db/retention';
import type { Services } from './services';
import { settingsFromEnv } from './settings';
import { prepareDatabase } from './startup';

/** The Worker's bindings (wrangler.toml) and vars; vars arrive as strings. */
export type Env = {
  DB: D1Database;
  ASSETS: { fetch(request: Request): Promise<Response> };
  HENTETID_TRUST_TEST_CLIENT?: string;
  [name: string]: unknown;
};

let built: { services: Services; app: App } | null = null;
let prepared: Promise<void> | null = null;

/** One store and app per isolate: the bindings and vars do not change while it lives. */
function build(env: Env) {
  if (built) return built;
  const store = openD1Store(env.DB);
  const trustTestClient = env.HENTETID_TRUST_TEST_CLIENT === '1';
  const services: Services = {
    store,
    db: store.db,
    settings: settingsFromEnv(env),
    now: () => Date.now(),
  };
  const caller: Caller = {
    clientAddress: (c: Context) =>
      // The shared API tests give each test its own address; never trusted in production.
      throttleBucket((trustTestClient ? c.req.header('x-test-client') : undefined) ?? c.req.header('cf-connecting-ip') ?? 'unknown'),
    // The request URL already has the scheme and host the browser used. The shared API tests (plain
    // http) stand in for an https proxy with X-Forwarded-Proto; never believed in production.
    ...(trustTestClient ? { forwardedRequest: (c: Context) => ({ client: 'test', proto: c.req.header('x-forwarded-proto') }) } : {}),
  };
  built = { services, app: createApp(services, { caller }) };
  return built;
}

/**
 * Admin bootstrap, demo seed and retention, once per isolate before its first request. It is
 * idempotent, so isolates racing on a new database are fine; a failure is retried next request.
 */
function prepare(services: Services) {
  prepared ??= prepareDatabase(services, ({ generatedPassword }) => {
    if (generatedPassword) console.log(`Hentetid: log in as "admin" with password: ${generatedPassword} (shown once)`);
  }).then(
    (report) => {
      if (report.demoSeeded) console.log('Hentetid: a demo organisation was set up.');
    },
    (error) => {
      prepared = null;
      throw error;
    },
  );
  return prepared;
}

export default {
  // Files under web/public are served by Workers assets before this runs; the rest comes here.
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    const { services, app } = build(env);
    try {
      await prepare(services);
    } catch (error) {
      // Not thrown on to the runtime, whose log would print the failed query's parameters. A
      // refused HENTETID_ADMIN_PASSWORD is the operator's to fix: its message says how.
      if (error instanceof AdminPasswordTooShort) console.error(`Hentetid: ${error.message}`);
      else logUnexpected({ task: 'prepare' }, error);
      return Response.json({ error: { code: 'unavailable', message: 'The service is starting up; try again shortly.' } }, { status: 503 });
    }
    const replicas = d1SessionFor(env.DB, request);
    if (!replicas) return app.fetch(request, env, ctx);
    const response = await onD1Session(replicas.session, () => app.fetch(request, env, ctx));
    return replicas.remember ? withBookmarkCookie(response, replicas.session, request) : response;
  },

  // The daily Cron Trigger (wrangler.toml [triggers]).
  async scheduled(_controller: unknown, env: Env): Promise<void> {
    const { services } = build(env);
    try {
      await runRetention(services);
    } catch (error) {
      logUnexpected({ task: 'retention' }, error);
      throw error;
    }
  },
};
