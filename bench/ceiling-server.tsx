import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../src/adapters/node-sqlite';
import type { Services } from '../src/services';
import { settingsFromEnv } from '../src/settings';
import { prepareDatabase } from '../src/startup';
import { dataPathApp } from './data-path-app';

/** The hot routes' data paths (data-path-app.tsx) as a server of their own, for `npm run bench`. */
const dir = mkdtempSync(join(tmpdir(), 'hentetid-ceiling-'));
const store = openSqliteStore(join(dir, 'ceiling.db'));
const services: Services = { store, db: store.db, settings: settingsFromEnv({ HENTETID_DEMO: '0' }), now: () => Date.now() };
await prepareDatabase(services, () => {});
const { app: dataPaths, codes } = await dataPathApp(services);
const app = new Hono()
  .get('/', (c) => c.text('ok'))
  .get('/codes', (c) => c.json(codes))
  .route('/', dataPaths);

const server = serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 3002), hostname: '127.0.0.1' });
function shutdown() {
  server.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
