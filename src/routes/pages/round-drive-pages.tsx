import { Hono } from 'hono';
import { z } from 'zod';
import { delayRound } from '../../db/rounds';
import { requireStop, setStopStatus } from '../../db/round-stops';
import { parseWith } from '../../http/validate';
import { delaySchema, stopStatusSchema } from '../../schemas/rounds';
import { DriveRoundPage } from '../../../web/views/rounds-drive';
import { roundView } from '../../http/replies/round';
import { orFormAgain } from './form-state';
import { requirePageRole } from './page-errors';
import type { PageEnv } from './page-env';
import { roundOfPage } from './round-pages';

const statusForm = z.object({ stop: z.string().regex(/^[1-9][0-9]{0,14}$/), status: z.string() });

/** The round on the driver's phone: volunteers mark stops and say when they run late. */
export function roundDrivePages() {
  return new Hono<PageEnv>()
    .use('/volunteer/rounds/*', requirePageRole('volunteer'))
    .get('/volunteer/rounds/:site/:round', async (c) => {
      const { site, found } = await roundOfPage(c);
      return c.html(<DriveRoundPage page={c.get('page')} site={site} round={roundView(found, site)} />);
    })
    .post('/volunteer/rounds/:site/:round/status', async (c) => {
      const { services, site, found } = await roundOfPage(c);
      const form = parseWith(statusForm, await c.req.parseBody());
      const { status } = parseWith(stopStatusSchema, { status: form.status });
      await setStopStatus(services, requireStop(found, Number(form.stop)), status);
      return c.redirect(`/volunteer/rounds/${site.slug}/${found.round.id}#stop-${form.stop}`, 303);
    })
    .post('/volunteer/rounds/:site/:round/delay', async (c) => {
      const { services, site, found, load } = await roundOfPage(c);
      const minutes = String((await c.req.parseBody()).minutes ?? '');
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const input = parseWith(delaySchema, { minutes: minutes.trim() === '' ? undefined : Number(minutes) });
          await delayRound(services, site, found.round, input.minutes);
          return c.redirect(`/volunteer/rounds/${site.slug}/${found.round.id}`, 303);
        },
        async (errors) => {
          const words = c.get('page').t.rounds.fields;
          const refused = errors.minutes ? words.minutes : (Object.values(errors)[0] ?? '');
          return <DriveRoundPage page={c.get('page')} site={site} round={roundView(await load(), site)} refused={refused} />;
        },
      );
    });
}
