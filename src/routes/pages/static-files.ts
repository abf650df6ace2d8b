import { Hono } from 'hono';
import { staticFiles } from '../../../web/assets/static-files';

/** The stylesheet, script and icon, from memory on every runtime; hashed names, so cached for a year. */
export function staticRoutes() {
  const app = new Hono();
  for (const file of Object.values(staticFiles)) {
    app.get(file.path, (c) => {
      c.header('Cache-Control', 'public, max-age=31536000, immutable');
      c.header('Content-Type', file.type);
      return c.body(file.body);
    });
  }
  return app;
}
