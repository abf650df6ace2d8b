import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { localTime, nextWeekday } from '../support/dates';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

const { api } = useTarget();

async function setUp(dist: Record<string, unknown>) {
  const site = unique('site');
  await expectJson(await api.post('/api/sites', { slug: site, name: 'Kapasitet', timezone: 'Europe/Oslo' }, 'admin'), 201);
  const body = { slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 2, ...dist };
  await expectJson(await api.post(`/api/sites/${site}/distributions`, body, 'admin'), 201);
  return `/api/sites/${site}/distributions/mat`;
}

describe('a capacity change with picked-up tickets', () => {
  it('keeps picked-up tickets in their seats and moves booked ones past the slots they fill', async () => {
    const base = await setUp({ perSlot: 2 });
    const date = nextWeekday(3, 21);
    // 10:00 holds two booked tickets, 10:15 two picked up (used, so they cannot move).
    const { tickets } = await expectJson(await api.post(`${base}/tickets`, { date, count: 4, strategy: 'earliest' }, 'staff'), 201);
    for (const t of tickets.slice(2)) await expectJson(await api.post(`/api/tickets/${t.code}/status`, { status: 'picked_up' }, 'volunteer'), 200);

    const dry = await expectJson(await api.patch(`${base}?dryRun=1`, { perSlot: 1 }, 'admin'), 200);
    expect(dry).toMatchObject({ moved: 1, cancelled: 0, dryRun: true });
    const result = await expectJson(await api.patch(base, { perSlot: 1 }, 'admin'), 200);
    expect(result).toMatchObject({ moved: 1, cancelled: 0 });

    const second = await expectJson(await api.get(`/api/tickets/${tickets[1].code}`), 200);
    expect({ status: second.status, at: localTime(second.start) }).toEqual({ status: 'booked', at: '10:30' });
    const day = await expectJson(await api.get(`${base}/slots?date=${date}`), 200);
    expect(day.slots.map((s: { taken: number }) => s.taken)).toEqual([1, 2, 1, 0]);
  });

  it('cancels the booked tickets of a day it closes and keeps the picked-up ones', async () => {
    const base = await setUp({ perSlot: 2 });
    const date = nextWeekday(4, 21);
    const { tickets } = await expectJson(await api.post(`${base}/tickets`, { date, count: 3 }, 'staff'), 201);
    await expectJson(await api.post(`/api/tickets/${tickets[0].code}/status`, { status: 'picked_up' }, 'volunteer'), 200);
    expect(await expectJson(await api.post(`${base}/closures`, { date, reason: 'Stengt' }, 'staff'), 201)).toEqual({ cancelled: 2 });
  });
});

describe('a capacity change while walk-ins are issued', () => {
  it('never leaves a slot over capacity or a ticket outside the new hours, and never answers 500', async () => {
    // A month ahead in the site's zone: an opening day whatever the machine's clock.
    const date = DateTime.now().setZone('Europe/Oslo').plus({ days: 32 }).toISODate()!;
    const base = await setUp({ opens: '10:00', closes: '12:00', slotMinutes: 20, perSlot: 6 });
    await api.cookieFor('staff');
    await api.cookieFor('admin');

    const walkIn = () => api.post(`${base}/tickets`, { date, count: 1 }, 'staff');
    const requests = [
      ...Array.from({ length: 20 }, walkIn),
      api.patch(base, { perSlot: 3 }, 'admin'),
      ...Array.from({ length: 20 }, walkIn),
      api.patch(base, { closes: '11:00' }, 'admin'),
      ...Array.from({ length: 20 }, walkIn),
    ];
    const responses = await Promise.all(requests);
    const replies = await Promise.all(responses.map(async (res) => ({ status: res.status, body: await res.json() })));
    expect(replies.filter((r) => r.status >= 500)).toEqual([]);
    for (const r of replies) expect([200, 201, 409]).toContain(r.status);

    // Each change either landed or was refused as busy; try again until both landed.
    for (const change of [{ perSlot: 3 }, { closes: '11:00' }]) await expectJson(await api.patch(base, change, 'admin'), 200);

    const day = await expectJson(await api.get(`${base}/slots?date=${date}`), 200);
    expect(day.slots.map((s: { start: string }) => localTime(s.start))).toEqual(['10:00', '10:20', '10:40']);
    for (const slot of day.slots) expect(slot.taken).toBeLessThanOrEqual(3);
    const starts = new Set(day.slots.map((s: { start: string }) => s.start));
    const codes = replies.filter((r) => r.status === 201).map((r) => r.body.tickets[0].code as string);
    for (const code of codes) {
      const ticket = await expectJson(await api.get(`/api/tickets/${code}`), 200);
      if (ticket.status !== 'cancelled') expect(starts.has(ticket.start)).toBe(true);
    }
    const live = day.slots.reduce((sum: number, s: { taken: number }) => sum + s.taken, 0);
    expect(live).toBeLessThanOrEqual(codes.length);
  }, 120_000);
});

describe('a capacity change that moves many tickets', () => {
  it('moves a few hundred tickets over two days in one unit, each to the nearest later free slot with its notice', async () => {
    // 10:00–20:00: 40 slots of 15 minutes. 200 tickets a day fill the first 20 slots 10 each;
    // at 5 a slot, 100 a day move to the 20 empty slots after them.
    const base = await setUp({ opens: '10:00', closes: '20:00', perSlot: 10 });
    const days = [nextWeekday(1, 21), nextWeekday(2, 21)];
    const issued = [];
    for (const date of days) issued.push((await expectJson(await api.post(`${base}/tickets`, { date, count: 200, strategy: 'earliest' }, 'staff'), 201)).tickets);

    const result = await expectJson(await api.patch(base, { perSlot: 5 }, 'admin'), 200);
    expect(result).toMatchObject({ moved: 200, cancelled: 0 });
    for (const date of days) {
      const day = await expectJson(await api.get(`${base}/slots?date=${date}`), 200);
      expect(day.slots.map((s: { taken: number }) => s.taken)).toEqual(Array(40).fill(5));
    }
    // Issue order decides who stays: the sixth ticket of 10:00 moved to the first free slot, 15:00.
    const sixth = await expectJson(await api.get(`/api/tickets/${issued[1][5].code}`), 200);
    expect({ status: sixth.status, at: localTime(sixth.start), end: localTime(sixth.end) }).toEqual({ status: 'booked', at: '15:00', end: '15:15' });
    expect(sixth.notice).toContain('10:00');
    const first = await expectJson(await api.get(`/api/tickets/${issued[1][0].code}`), 200);
    expect({ at: localTime(first.start), notice: first.notice }).toEqual({ at: '10:00', notice: null });
  });
});
