import { serve, type HttpBindings } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from './app';
import { clientAddressOf, forwardedRequestOf, throttleBucket } from './domain/client-address';
import { forwardingHeadersOf, type Caller } from './http/client-address';
import { AdminPasswordTooShort } from './auth/password';
import { logUnexpected } from './http/error-log';
import { compressAnswers } from './adapters/node-compression';
import { openSqliteStore, UnusableDatabase } from './adapters/node-sqlite';
import { isStorageFault } from './db/sql-errors';
import { runRetention } from './db/retention';
import type { Services } from './services';
import { settingsFromEnv } from './settings';
import { prepareDatabase } from './startup';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const file = process.env.HENTETID_DB ?? './data/hentetid.db';

const settings = settingsOrExit();

/** A bad setting is the operator's to fix: one line saying which, not a stack trace. */
function settingsOrExit() {
  try {
    return settingsFromEnv(process.env);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
const store = openOrExplain(file);
const services: Services = {
  store,
  db: store.db,
  settings,
  now: () => Date.now(),
};
const caller: Caller = {
  clientAddress: (c) => throttleBucket(clientAddressOf(getConnInfo(c).remote.address, forwardingHeadersOf(c), settings.trustedProxies, settings.proxyHeader)),
  forwardedRequest: (c) => forwardedRequestOf(getConnInfo(c).remote.address, forwardingHeadersOf(c), settings.trustedProxies, settings.proxyHeader),
};
const report = await prepareDatabase(services, ({ generatedPassword }) => {
  if (generatedPassword) {
    console.log(`A new database: log in as "admin" with password: ${generatedPassword}`);
    console.log('(This password is shown once. Set HENTETID_ADMIN_PASSWORD on a new database to choose it, or run npm run reset-admin.)');
  }
}).catch((error: unknown) => {
  if (error instanceof AdminPasswordTooShort) {
    console.error(error.message);
  } else if (isStorageFault(error)) {
    // A database with no users yet on a full disk: nobody could log in, so say so and stop.
    console.error(`The database at ${file} takes no writes and has no user yet; not starting.`);
  } else {
    throw error;
  }
  store.close();
  process.exit(1);
});
if (!report.writable) {
  console.error(`The database at ${file} takes no writes (full disk or read-only file): serving reads only, changes are refused with 503, the clean-up is retried every hour.`);
}
const app = createApp(services, {
  caller,
  compression: compressAnswers(),
  lateHeader: (c, name, value) => (c.env as HttpBindings).outgoing.appendHeader(name, value),
});

// The clean-up runs daily; after a refused write (the one at start-up included) it is tried
// again every hour until it goes through.
const hourMs = 60 * 60 * 1000;
let lastCleanUp = report.writable ? Date.now() : 0;
const retention = setInterval(() => {
  if (Date.now() - lastCleanUp < 24 * hourMs) return;
  runRetention(services).then(
    () => (lastCleanUp = Date.now()),
    (error) => logUnexpected({ task: 'retention' }, error),
  );
}, hourMs);
retention.unref();

const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`;
  console.log(`Hentetid is running at ${url}  (database: ${file})`);
  if (report.demoSeeded) console.log('A demo organisation was set up: two centres, their distributions, bike stops and an activity.');
  if (report.adminCreated) console.log(`Log in at ${url}/login as "admin"${report.generatedPassword ? ' with the password printed above' : ' with the password from HENTETID_ADMIN_PASSWORD'}.`);
  else console.log(`Staff log in at ${url}/login`);
});

/**
 * On SIGTERM or SIGINT: stop taking connections, let the requests in flight finish (at most
 * 10 s), then close the database, so a restart never cuts off a ticket being issued.
 */
let stopping = false;
function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal}: finishing the requests in flight, then stopping.`);
  clearInterval(retention);
  const done = () => {
    store.close();
    process.exit(0);
  };
  const deadline = setTimeout(() => {
    console.error('Requests still running after 10 s; stopping anyway.');
    done();
  }, 10_000);
  deadline.unref();
  server.close(() => {
    clearTimeout(deadline);
    done();
  });
  // Idle keep-alive connections would hold close() open until the deadline.
  if ('closeIdleConnections' in server) server.closeIdleConnections();
}
process.on('SIGINT', () => shutdown('SIGINT'));
process.on('SIGTERM', () => shutdown('SIGTERM'));

/** The store, or one line saying why this file cannot be served, and exit 1: no stack trace. */
function openOrExplain(path: string) {
  try {
    return openSqliteStore(path);
  } catch (error) {
    if (!(error instanceof UnusableDatabase)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
