import { Hono } from 'hono';
import { z } from 'zod';
import { loadDoorScreen, SCREEN_LOOK_AHEAD_DAYS } from '../../db/door-screen';
import { noticesInForce } from '../../db/notices';
import { refreshSeconds } from '../../domain/door-screen';
import { parseWith } from '../../http/validate';
import { slugSchema } from '../../schemas/common';
import { langs } from '../../../web/i18n/catalogue';
import { DoorScreen } from '../../../web/views/door-screen';
import type { PageEnv } from './page-env';

const screenQuery = z.object({ site: slugSchema, dist: slugSchema.optional(), lang: z.enum(langs).optional() });

/**
 * `/screen?site=SLUG[&dist=SLUG][&lang=LANG]`: the door screen. Public, no cookie (not even the
 * language's: `lang` only puts that language first), kept out of search engines, never cached.
 * Four statements whatever the number of distributions: the site, its distributions, their
 * closed days in the look-ahead, today's notices.
 */
export function screenPages() {
  return new Hono<PageEnv>().get('/screen', async (c) => {
    c.header('X-Robots-Tag', 'noindex, nofollow');
    c.header('Cache-Control', 'no-store');
    const query = parseWith(screenQuery, c.req.query());
    const services = c.get('services');
    const screen = await loadDoorScreen(services, query.site, query.dist ?? null);
    const notices = await noticesInForce(services, screen.site.id, screen.today);
    const first = query.lang ?? 'nb';
    const changesAt = screen.boards.reduce<number | null>((soonest, b) => (b.changesAt !== null && (soonest === null || b.changesAt < soonest) ? b.changesAt : soonest), null);
    return c.html(
      <DoorScreen
        siteName={screen.site.name}
        zone={screen.site.timezone}
        today={screen.today}
        langs={[first, ...langs.filter((l) => l !== first)]}
        boards={screen.boards}
        notices={notices.map((n) => ({ nb: n.text.nb, en: n.text.en }))}
        lookAheadDays={SCREEN_LOOK_AHEAD_DAYS}
        refreshSeconds={refreshSeconds(services.now(), changesAt)}
      />,
    );
  });
}
