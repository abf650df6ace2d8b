import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from './app';
import { clientAddressOf, throttleBucket } from './http/client-address';
import { logUnexpected } from './http/error-log';
import { compressAnswers } from './adapters/node-compression';
import { openSqliteStore } from './adapters/node-sqlite';
import { runRetention } from './db/retention';
import type { Services } from './services';
import { settingsFromEnv } from './settings';
import { prepareDatabase } from './startup';

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const file = process.env.HENTETID_DB ?? './data/hentetid.db';

const settings = settingsFromEnv(process.env);
const store = openSqliteStore(file);
const services: Services = {
  store,
  db: store.db,
  settings,
  now: () => Date.now(),
  clientAddress: (c) =>
    throttleBucket(clientAddressOf(getConnInfo(c).remote.address, { forwardedFor: c.req.header('x-forwarded-for'), forwarded: c.req.header('forwarded') }, settings.trustedProxies)),
};
const report = await prepareDatabase(services, ({ generatedPassword }) => {
  if (generatedPassword) {
    console.log(`A new database: log in as "admin" with password: ${generatedPassword}`);
    console.log('(This password is shown once. Set HENTETID_ADMIN_PASSWORD on a new database to choose it, or run npm run reset-admin.)');
  }
});
const app = createApp(services, { compression: compressAnswers() });

const dayMs = 24 * 60 * 60 * 1000;
const retention = setInterval(() => void runRetention(services).catch((error) => logUnexpected({ task: 'retention' }, error)), dayMs);
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
