import { Hono } from 'hono';
import { staticFiles } from '../../../web/assets/static-files';
import { pageAnswer, setPageHeader } from './page-headers';

/** The stylesheet, script and icon, from memory on every runtime; hashed names, so cached for a year. */
export function staticRoutes() {
  const app = new Hono();
  for (const file of Object.values(staticFiles)) {
    app.get(file.path, (c) => {
      setPageHeader(c, 'Cache-Control', 'public, max-age=31536000, immutable');
      return pageAnswer(c, file.body, file.type);
    });
  }
  return app;
}
