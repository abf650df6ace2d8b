import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { onWorker, useTarget } from '../support/use-target';

// A round whose day has passed: its plan is kept as it was (409), its stops can still be marked.
// Node only: the clock of the worker cannot be moved.
let clock = Date.parse('2026-05-05T21:30:00Z');
const { api } = useTarget({ now: () => clock });

describe.skipIf(onWorker)('a round after its day', () => {
  it('refuses adding, moving, removing and a delay with 409 day_passed, and still takes a mark', async () => {
    await expectJson(await api.post('/api/sites', { slug: 'passert', name: 'Passert' }, 'admin'), 201);
    const base = '/api/sites/passert/rounds';
    const round = await expectJson<{ id: number }>(await api.post(base, { date: '2026-05-05', name: 'Tirsdag', starts: '12:00' }, 'staff'), 201);
    const url = `${base}/${round.id}`;
    const { stops } = await expectJson<{ stops: { id: number }[] }>(await api.post(`${url}/stops`, { label: 'A' }, 'staff'), 201);
    await expectJson(await api.post(`${url}/stops`, { label: 'B' }, 'staff'), 201);
    // Half past midnight in Oslo: the next day, an hour later (sessions are still alive).
    clock = Date.parse('2026-05-05T22:30:00Z');
    const passed = async (res: Response) => (await expectJson(res, 409)).error.code;
    expect(await passed(await api.post(`${url}/stops`, { label: 'C' }, 'staff'))).toBe('day_passed');
    expect(await passed(await api.post(`${url}/stops/${stops[0]!.id}/move`, { move: 'down' }, 'staff'))).toBe('day_passed');
    expect(await passed(await api.delete(`${url}/stops/${stops[0]!.id}`, 'staff'))).toBe('day_passed');
    expect(await passed(await api.post(`${url}/delay`, { minutes: 5 }, 'volunteer'))).toBe('day_passed');
    await expectJson(await api.post(`${url}/stops/${stops[0]!.id}/status`, { status: 'delivered' }, 'volunteer'), 200);
    const after = await expectJson<{ delayMinutes: number; stops: { label: string; status: string }[] }>(await api.get(url, 'staff'), 200);
    expect(after.stops).toEqual([expect.objectContaining({ label: 'A', status: 'delivered' }), expect.objectContaining({ label: 'B', status: 'planned' })]);
    expect(after.delayMinutes).toBe(0);
  });
});
