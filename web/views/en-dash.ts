import { raw } from 'hono/html';

/** "–" as the entity the pages have always written. */
export const enDash = raw('&ndash;');
