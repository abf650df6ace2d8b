import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { nextWeekday } from '../support/dates';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

// What delivery rounds refuse, on both runtimes: each refusal changes nothing.
const { api, target } = useTarget();

type Round = { id: number; stops: { id: number; label: string; code: string }[] };

async function planned() {
  const site = unique('rounds-err');
  await expectJson(await api.post('/api/sites', { slug: site, name: 'Feil' }, 'admin'), 201);
  const base = `/api/sites/${site}/rounds`;
  const date = nextWeekday(4, 14);
  let round = await expectJson<Round>(await api.post(base, { date, name: 'Torsdag', starts: '10:00' }, 'staff'), 201);
  round = await expectJson<Round>(await api.post(`${base}/${round.id}/stops`, { label: 'Første' }, 'staff'), 201);
  return { site, base, date, round, url: `${base}/${round.id}` };
}

const fieldsOf = async (res: Response) => (await expectJson<{ error: { code: string; fields: { field: string }[] } }>(res, 400)).error.fields.map((f) => f.field);

describe('bad input to delivery rounds', () => {
  it('answers 400 with each offending field and plans nothing', async () => {
    const { site, base, date } = await planned();
    expect(await fieldsOf(await api.post(base, { date: '2026-13-01', name: '', starts: '25:00', minutesPerStop: 2 }, 'staff'))).toEqual(['date', 'name', 'starts', 'minutesPerStop']);
    expect(await fieldsOf(await api.post(base, { date, name: 'X', starts: '10:00', extra: 1 }, 'staff'))).toEqual(['(body)']);
    const list = await expectJson<{ rounds: unknown[] }>(await api.get(`/api/sites/${site}/rounds?date=${date}`, 'staff'), 200);
    expect(list.rounds).toHaveLength(1);
  });

  it('refuses a label over 120 characters, an empty one, a bad move, status and delay', async () => {
    const { url, round } = await planned();
    const stop = round.stops[0]!.id;
    expect(await fieldsOf(await api.post(`${url}/stops`, { label: 'x'.repeat(121) }, 'staff'))).toEqual(['label']);
    expect(await fieldsOf(await api.post(`${url}/stops`, { label: '   ' }, 'staff'))).toEqual(['label']);
    expect((await api.post(`${url}/stops/${stop}/move`, { move: 'sideways' }, 'staff')).status).toBe(400);
    expect(await fieldsOf(await api.post(`${url}/stops/${stop}/status`, { status: 'lost' }, 'volunteer'))).toEqual(['status']);
    expect(await fieldsOf(await api.post(`${url}/delay`, { minutes: 0 }, 'volunteer'))).toEqual(['minutes']);
    expect(await fieldsOf(await api.get(`${url.replace(/\/\d+$/, '/abc')}`, 'staff'))).toEqual(['round']);
    const after = await expectJson<Round>(await api.get(url, 'staff'), 200);
    expect(after.stops.map((s) => s.label)).toEqual(['Første']);
  });

  it('answers 415 for a body that is not JSON and 413 for one over 64 KiB', async () => {
    const { url } = await planned();
    const cookie = await api.cookieFor('staff');
    const plain = await target.fetch(`${url}/stops`, { method: 'POST', headers: { cookie, 'content-type': 'text/plain' }, body: JSON.stringify({ label: 'x' }) });
    expect((await expectJson(plain, 415)).error.code).toBe('unsupported_media_type');
    const big = await target.fetch(`${url}/stops`, { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ label: 'x'.repeat(70 * 1024) }) });
    expect((await expectJson(big, 413)).error.code).toBe('too_large');
    const after = await expectJson<Round>(await api.get(url, 'staff'), 200);
    expect(after.stops).toHaveLength(1);
  });
});

describe('rounds and their rules', () => {
  it('refuses to plan a day that has passed (409)', async () => {
    const { base } = await planned();
    const res = await api.post(base, { date: '2020-01-07', name: 'Gammel', starts: '10:00' }, 'staff');
    expect((await expectJson(res, 409)).error.code).toBe('day_passed');
  });

  it('lets staff plan and volunteers only mark: 401 without a login, 403 for a volunteer planning', async () => {
    const { base, url, date, round } = await planned();
    expect((await api.get(`${base}?date=${date}`)).status).toBe(401);
    expect((await api.post(base, { date, name: 'V', starts: '10:00' }, 'volunteer')).status).toBe(403);
    expect((await api.post(`${url}/stops`, { label: 'V' }, 'volunteer')).status).toBe(403);
    expect((await api.post(`${url}/stops/${round.stops[0]!.id}/move`, { move: 'down' }, 'volunteer')).status).toBe(403);
    expect((await api.post(`${url}/stops/${round.stops[0]!.id}/status`, { status: 'delivered' }, 'volunteer')).status).toBe(200);
  });

  it('answers 404 for an unknown round, a stop of another round and an unknown stop code', async () => {
    const a = await planned();
    const b = await planned();
    expect((await expectJson(await api.get(`${a.base}/999999999`, 'staff'), 404)).error.code).toBe('round_not_found');
    // b's round is not a round of a's site.
    expect((await api.get(`${a.base}/${b.round.id}`, 'staff')).status).toBe(404);
    expect((await expectJson(await api.post(`${a.url}/stops/${b.round.stops[0]!.id}/status`, { status: 'delivered' }, 'staff'), 404)).error.code).toBe('stop_not_found');
    expect((await expectJson(await api.get('/api/stops/ZZZZ-ZZZZ'), 404)).error.code).toBe('stop_not_found');
    // A stop's code is no ticket.
    expect((await api.get(`/api/tickets/${a.round.stops[0]!.code}`)).status).toBe(404);
  });
});
