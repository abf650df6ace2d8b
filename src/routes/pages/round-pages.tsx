import { Hono } from 'hono';
import { z } from 'zod';
import { copyRoundToNextWeek, createRound, findRound, listRounds, removeRound, assertNotPassed } from '../../db/rounds';
import { editStop, insertStopsOf, moveStop, removeStop, requireStop } from '../../db/round-stops';
import { findSite, listSites, type SiteRow } from '../../db/sites';
import { DomainError } from '../../domain/errors';
import { isLocalDate, todayIn } from '../../domain/local-date';
import { parseWith } from '../../http/validate';
import { addStopSchema, createRoundSchema, editStopSchema } from '../../schemas/rounds';
import type { FieldErrors } from '../../../web/views/form-field';
import { printLayouts, type PrintLayout } from '../../../web/views/print-sheet';
import { RoundsPlanPage, type RoundsRefused } from '../../../web/views/rounds-plan';
import { DriverSheet, RoundSlips } from '../../../web/views/rounds-print';
import { roundView } from '../../http/replies/round';
import { orFormAgain } from './form-state';
import { requirePageRole } from './page-errors';
import { publicBase, type PageCtx, type PageEnv } from './page-env';

const id = z.string().regex(/^[1-9][0-9]{0,14}$/);
const text = (v: unknown) => (typeof v === 'string' ? v : '');
const optionalNumber = (v: unknown) => (text(v).trim() === '' ? undefined : Number(text(v)));

/** Staff plan a day's delivery rounds and print the driver's sheet and the clients' slips. */
export function roundPages() {
  return new Hono<PageEnv>()
    .use('/staff/rounds', requirePageRole('staff'))
    .use('/staff/rounds/*', requirePageRole('staff'))
    .use('/staff/print/rounds/*', requirePageRole('staff'))
    .get('/staff/rounds', async (c) => c.html(await planPage(c, c.req.query('site'), c.req.query('date'), { done: c.req.query('done') === 'copied' ? c.get('page').t.rounds.copied : undefined })))
    .post('/staff/rounds', async (c) => {
      const services = c.get('services');
      const body = await c.req.parseBody();
      const site = await findSite(services, text(body.site));
      const typed = Object.fromEntries(['name', 'starts', 'minutesPerStop', 'breakAfterStop', 'breakMinutes'].map((k) => [k, text(body[k])]));
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          const input = parseWith(createRoundSchema, {
            date: text(body.date),
            name: typed.name,
            starts: typed.starts,
            minutesPerStop: optionalNumber(typed.minutesPerStop),
            breakAfterStop: optionalNumber(typed.breakAfterStop) ?? null,
            breakMinutes: optionalNumber(typed.breakMinutes),
          });
          const created = await createRound(services, site, input, c.get('user') ?? null);
          return c.redirect(`${planHref(site, input.date)}#round-${created.round.id}`, 303);
        },
        (errors) => planPage(c, site.slug, text(body.date), { refused: { form: 'new', typed, errors: inRoundWords(c, errors) } }),
      );
    })
    .post('/staff/rounds/:site/:round/stops', async (c) => {
      const { services, site, found } = await roundOfPage(c);
      const body = await c.req.parseBody();
      const typed = { label: text(body.label), bring: text(body.bring) };
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          assertNotPassed(services, site, found.round.date);
          const { label, bring } = parseWith(addStopSchema, { label: typed.label, bring: typed.bring || null });
          await insertStopsOf(services, found.round, [{ label, bring: bring || null }]);
          return c.redirect(`${planHref(site, found.round.date)}#round-${found.round.id}`, 303);
        },
        (errors) => planPage(c, site.slug, found.round.date, { refused: { form: found.round.id, typed, errors: inRoundWords(c, errors) } }),
      );
    })
    .post('/staff/rounds/:site/:round/stops/:stop/edit', async (c) => {
      const { services, site, found } = await roundOfPage(c);
      const body = await c.req.parseBody();
      const typed = { label: text(body.label), bring: text(body.bring) };
      return orFormAgain(
        c,
        c.get('page').t,
        async () => {
          assertNotPassed(services, site, found.round.date);
          const changes = parseWith(editStopSchema, { label: typed.label, bring: typed.bring || null });
          await editStop(services, requireStop(found, Number(parseWith(id, c.req.param('stop')))), { label: changes.label, bring: changes.bring || null });
          return c.redirect(`${planHref(site, found.round.date)}#round-${found.round.id}`, 303);
        },
        (errors) => planPage(c, site.slug, found.round.date, { refused: { form: found.round.id, typed, errors: inRoundWords(c, errors) } }),
      );
    })
    .post('/staff/rounds/:site/:round/stops/:stop/move', async (c) => {
      const { services, site, found, load } = await roundOfPage(c);
      const move = parseWith(z.object({ move: z.enum(['up', 'down']) }), await c.req.parseBody()).move;
      assertNotPassed(services, site, found.round.date);
      await moveStop(services, load, Number(parseWith(id, c.req.param('stop'))), move);
      return c.redirect(`${planHref(site, found.round.date)}#round-${found.round.id}`, 303);
    })
    .post('/staff/rounds/:site/:round/stops/:stop/remove', async (c) => {
      const { services, site, found } = await roundOfPage(c);
      assertNotPassed(services, site, found.round.date);
      await removeStop(services, found.round, requireStop(found, Number(parseWith(id, c.req.param('stop')))));
      return c.redirect(`${planHref(site, found.round.date)}#round-${found.round.id}`, 303);
    })
    .post('/staff/rounds/:site/:round/copy', async (c) => {
      const { services, site, found } = await roundOfPage(c);
      const keepLabels = (await c.req.parseBody()).keepLabels === '1';
      const copy = await copyRoundToNextWeek(services, site, found, keepLabels, c.get('user') ?? null);
      return c.redirect(`${planHref(site, copy.round.date)}&done=copied#round-${copy.round.id}`, 303);
    })
    .post('/staff/rounds/:site/:round/delete', async (c) => {
      const { services, site, found } = await roundOfPage(c);
      await removeRound(services, site, found.round, c.get('user') ?? null);
      return c.redirect(planHref(site, found.round.date), 303);
    })
    .get('/staff/rounds/:site/:round/sheet', async (c) => {
      const { site, found } = await roundOfPage(c);
      return c.html(<DriverSheet page={c.get('page')} site={site} round={roundView(found, site)} back={planHref(site, found.round.date)} />);
    })
    .get('/staff/print/rounds/:site/:round/:layout', async (c) => {
      const layout = parseWith(z.enum(printLayouts), c.req.param('layout')) as PrintLayout;
      const { site, found } = await roundOfPage(c);
      return c.html(<RoundSlips page={c.get('page')} site={site} round={roundView(found, site)} layout={layout} base={publicBase(c)} back={planHref(site, found.round.date)} />);
    });
}

function planHref(site: { slug: string }, date: string) {
  return `/staff/rounds?${new URLSearchParams({ site: site.slug, date })}`;
}

/** The round of the path (`:site/:round`), with a loader for a fresh read. */
export async function roundOfPage(c: PageCtx) {
  const services = c.get('services');
  const site = await findSite(services, c.req.param('site') ?? '');
  const roundId = Number(parseWith(id, c.req.param('round')));
  const load = () => findRound(services, site, roundId);
  return { services, site, found: await load(), load };
}

/** The refusal's fields in the words of the rounds' forms. */
function inRoundWords(c: PageCtx, errors: FieldErrors): FieldErrors {
  const words = c.get('page').t.rounds.fields;
  return Object.fromEntries(Object.entries(errors).map(([field, message]) => [field, words[field] ?? message]));
}

async function planPage(c: PageCtx, siteSlug: string | undefined, asked: string | undefined, shown: { refused?: RoundsRefused; done?: string | undefined }) {
  const services = c.get('services');
  const sites = await listSites(services);
  const site: SiteRow | undefined = sites.find((s) => s.slug === siteSlug) ?? sites[0];
  if (!site) throw new DomainError(404, 'site_not_found', 'No sites yet.');
  const today = todayIn(site.timezone, services.now());
  const date = asked && isLocalDate(asked) ? asked : today;
  const rounds = await listRounds(services, site, date);
  return (
    <RoundsPlanPage
      page={c.get('page')}
      choice={{ sites, site, date, passed: date < today }}
      rounds={rounds.map((r) => roundView(r, site))}
      refused={shown.refused}
      done={shown.done}
    />
  );
}
