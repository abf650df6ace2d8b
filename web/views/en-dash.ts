import { raw } from 'hono/html';

/**
 * "–" written as an entity. One character above U+00FF makes V8 hold the whole page as a
 * two-byte string, which doubles the cost of measuring and encoding a 1 MB volunteer list; the
 * browser shows the same dash.
 */
export const enDash = raw('&ndash;');
