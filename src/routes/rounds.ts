import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { copyRoundToNextWeek, createRound, delayRound, findRound, listRounds, removeRound, assertNotPassed } from '../db/rounds';
import { editStop, insertStopsOf, moveStop, removeStop, requireStop, setStopStatus } from '../db/round-stops';
import { findSite } from '../db/sites';
import { todayIn } from '../domain/local-date';
import type { Move } from '../domain/rounds';
import type { AppEnv } from '../http/context';
import { apiApp, errors, json, jsonBody, needs } from '../http/openapi';
import { addStopSchema, copyRoundSchema, createRoundSchema, delaySchema, editStopSchema, moveStopSchema, roundsQuerySchema, stopStatusSchema } from '../schemas/rounds';
import { roundListSchema, roundViewSchema } from '../schemas/rounds-responses';
import { roundView } from '../http/replies/round';

const id = z.string().regex(/^[1-9][0-9]{0,14}$/, 'a number');
const siteParam = z.object({ site: z.string().describe('the site slug') });
const roundParam = siteParam.extend({ round: id.describe('the round id') });
const stopParam = roundParam.extend({ stop: id.describe('the stop id') });


const listRoute = createRoute({
  method: 'get',
  path: '/',
  summary: "A site's delivery rounds of a day (today by default), stops in driving order with their windows",
  ...needs('volunteer'),
  request: { params: siteParam, query: roundsQuerySchema },
  responses: { 200: json(roundListSchema, "The day's rounds"), ...errors(400, 401, 403, 404) },
});
const createRoundRoute = createRoute({
  method: 'post',
  path: '/',
  summary: 'Plan a round for a day (a passed day: 409)',
  ...needs('staff'),
  request: { params: siteParam, body: jsonBody(createRoundSchema) },
  responses: { 201: json(roundViewSchema, 'The new round, no stops yet'), ...errors(400, 401, 403, 404, 409) },
});
const oneRoute = createRoute({
  method: 'get',
  path: '/{round}',
  summary: 'One round',
  ...needs('volunteer'),
  request: { params: roundParam },
  responses: { 200: json(roundViewSchema, 'The round'), ...errors(400, 401, 403, 404) },
});
const removeRoundRoute = createRoute({
  method: 'delete',
  path: '/{round}',
  summary: 'Delete a round and its stops',
  ...needs('staff'),
  request: { params: roundParam },
  responses: { 204: { description: 'Deleted' }, ...errors(400, 401, 403, 404) },
});
const copyRoute = createRoute({
  method: 'post',
  path: '/{round}/copy',
  summary: 'The same round a week later: same pace and order, labels kept or left empty, new codes',
  ...needs('staff'),
  request: { params: roundParam, body: jsonBody(copyRoundSchema) },
  responses: { 201: json(roundViewSchema, 'The copy'), ...errors(400, 401, 403, 404, 409) },
});
const delayRoute = createRoute({
  method: 'post',
  path: '/{round}/delay',
  summary: 'Running late: every stop not yet done comes `minutes` later (the clients see the new window)',
  ...needs('volunteer'),
  request: { params: roundParam, body: jsonBody(delaySchema) },
  responses: { 200: json(roundViewSchema, 'The round with its new windows'), ...errors(400, 401, 403, 404, 409) },
});
const addStopRoute = createRoute({
  method: 'post',
  path: '/{round}/stops',
  summary: 'Add a stop at the end of the order; it gets a window and a code',
  ...needs('staff'),
  request: { params: roundParam, body: jsonBody(addStopSchema) },
  responses: { 201: json(roundViewSchema, 'The round with the new stop'), ...errors(400, 401, 403, 404, 409) },
});
const editStopRoute = createRoute({
  method: 'patch',
  path: '/{round}/stops/{stop}',
  summary: "Change a stop's label or what to bring",
  ...needs('staff'),
  request: { params: stopParam, body: jsonBody(editStopSchema) },
  responses: { 200: json(roundViewSchema, 'The round as changed'), ...errors(400, 401, 403, 404, 409) },
});
const moveStopRoute = createRoute({
  method: 'post',
  path: '/{round}/stops/{stop}/move',
  summary: 'Move a stop up, down or to a place in the order (one atomic unit; the windows follow the order)',
  ...needs('staff'),
  request: { params: stopParam, body: jsonBody(moveStopSchema) },
  responses: { 200: json(roundViewSchema, 'The round in its new order'), ...errors(400, 401, 403, 404, 409) },
});
const removeStopRoute = createRoute({
  method: 'delete',
  path: '/{round}/stops/{stop}',
  summary: 'Remove a stop; the later ones move up',
  ...needs('staff'),
  request: { params: stopParam },
  responses: { 200: json(roundViewSchema, 'The round without the stop'), ...errors(400, 401, 403, 404, 409) },
});
const stopStatusRoute = createRoute({
  method: 'post',
  path: '/{round}/stops/{stop}/status',
  summary: 'Mark a stop delivered or not home (or planned again)',
  ...needs('volunteer'),
  request: { params: stopParam, body: jsonBody(stopStatusSchema) },
  responses: { 200: json(roundViewSchema, 'The round as marked'), ...errors(400, 401, 403, 404) },
});

async function roundOf(c: Context<AppEnv>, param: { site: string; round: string }) {
  const services = c.get('services');
  const site = await findSite(services, param.site);
  const load = () => findRound(services, site, Number(param.round));
  return { services, site, found: await load(), load };
}

/** Mounted at /sites/:site/rounds: staff plan, volunteers mark and report a delay. */
export function roundRoutes() {
  return apiApp()
    .openapi(listRoute, async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.valid('param').site);
      const date = c.req.valid('query').date ?? todayIn(site.timezone, services.now());
      const rounds = await listRounds(services, site, date);
      return c.json({ date, rounds: rounds.map((r) => roundView(r, site)) }, 200);
    })
    .openapi(createRoundRoute, async (c) => {
      const services = c.get('services');
      const site = await findSite(services, c.req.valid('param').site);
      return c.json(roundView(await createRound(services, site, c.req.valid('json'), c.get('user') ?? null), site), 201);
    })
    .openapi(oneRoute, async (c) => {
      const { site, found } = await roundOf(c, c.req.valid('param'));
      return c.json(roundView(found, site), 200);
    })
    .openapi(removeRoundRoute, async (c) => {
      const { services, site, found } = await roundOf(c, c.req.valid('param'));
      await removeRound(services, site, found.round, c.get('user') ?? null);
      return c.body(null, 204);
    })
    .openapi(copyRoute, async (c) => {
      const { services, site, found } = await roundOf(c, c.req.valid('param'));
      const copy = await copyRoundToNextWeek(services, site, found, c.req.valid('json').keepLabels, c.get('user') ?? null);
      return c.json(roundView(copy, site), 201);
    })
    .openapi(delayRoute, async (c) => {
      const { services, site, found, load } = await roundOf(c, c.req.valid('param'));
      await delayRound(services, site, found.round, c.req.valid('json').minutes);
      return c.json(roundView(await load(), site), 200);
    })
    .openapi(addStopRoute, async (c) => {
      const { services, site, found, load } = await roundOf(c, c.req.valid('param'));
      assertNotPassed(services, site, found.round.date);
      const { label, bring } = c.req.valid('json');
      await insertStopsOf(services, found.round, [{ label, bring: bring || null }]);
      return c.json(roundView(await load(), site), 201);
    })
    .openapi(editStopRoute, async (c) => {
      const param = c.req.valid('param');
      const { services, site, found, load } = await roundOf(c, param);
      assertNotPassed(services, site, found.round.date);
      const { label, bring } = c.req.valid('json');
      await editStop(services, requireStop(found, Number(param.stop)), { label, bring: bring === undefined ? undefined : bring || null });
      return c.json(roundView(await load(), site), 200);
    })
    .openapi(moveStopRoute, async (c) => {
      const param = c.req.valid('param');
      const { services, site, found, load } = await roundOf(c, param);
      assertNotPassed(services, site, found.round.date);
      const body = c.req.valid('json');
      const move: Move = 'move' in body ? body.move : { to: body.to };
      return c.json(roundView(await moveStop(services, load, Number(param.stop), move), site), 200);
    })
    .openapi(removeStopRoute, async (c) => {
      const param = c.req.valid('param');
      const { services, site, found, load } = await roundOf(c, param);
      assertNotPassed(services, site, found.round.date);
      await removeStop(services, found.round, requireStop(found, Number(param.stop)));
      return c.json(roundView(await load(), site), 200);
    })
    .openapi(stopStatusRoute, async (c) => {
      const param = c.req.valid('param');
      const { services, site, found, load } = await roundOf(c, param);
      await setStopStatus(services, requireStop(found, Number(param.stop)), c.req.valid('json').status);
      return c.json(roundView(await load(), site), 200);
    });
}
