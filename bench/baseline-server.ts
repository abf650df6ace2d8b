import { serve } from '@hono/node-server';
import { Hono } from 'hono';

/**
 * The physical limit of the stack: a bare Hono app on @hono/node-server answering a small JSON
 * body. It runs as its own process, started like the real server, so both get the same treatment.
 */
const app = new Hono().get('/', (c) => c.json({ hello: 'world', ok: true }));

const port = Number(process.env.PORT ?? 3001);
const server = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info) => console.log(`baseline on ${info.port}`));

function shutdown() {
  server.close();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
