import { serve } from '@hono/node-server';
import { getConnInfo } from '@hono/node-server/conninfo';
import { createApp } from './app';
import { clientAddressOf, throttleBucket } from './http/client-address';
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
const report = await prepareDatabase(services);
const app = createApp(services);

const dayMs = 24 * 60 * 60 * 1000;
setInterval(() => void runRetention(services).catch((e) => console.error('retention failed', e)), dayMs).unref();

const server = serve({ fetch: app.fetch, port, hostname: host }, (info) => {
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${info.port}`;
  console.log(`Hentetid is running at ${url}  (database: ${file})`);
  if (report.demoSeeded) console.log('A demo organisation was set up: two centres, their distributions, bike stops and an activity.');
  if (report.generatedPassword) {
    console.log(`Log in at ${url}/login as "admin" with password: ${report.generatedPassword}`);
    console.log('(This password is shown once. Set HENTETID_ADMIN_PASSWORD on a new database to choose it.)');
  } else if (report.adminCreated) {
    console.log(`Log in at ${url}/login as "admin" with the password from HENTETID_ADMIN_PASSWORD.`);
  } else {
    console.log(`Staff log in at ${url}/login`);
  }
});

function shutdown() {
  server.close();
  store.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
