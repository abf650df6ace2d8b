import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { nextWeekday } from '../support/dates';
import { unique } from '../support/target';
import { useTarget } from '../support/use-target';

const { api, target } = useTarget();

// SPEC: past 20 unknown codes in 10 minutes an address gets 429, hit or miss; valid look-ups do
// not count. A hit is read in one statement with the caller's counter, so both paths are checked.
describe('the code look-up throttle', () => {
  async function ticketCode() {
    const site = unique('site');
    await expectJson(await api.post('/api/sites', { slug: site, name: 'Kafé', address: 'Torggata 1' }, 'admin'), 201);
    const dist = { slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 5 };
    await expectJson(await api.post(`/api/sites/${site}/distributions`, dist, 'admin'), 201);
    const issued = await expectJson<{ tickets: { code: string }[] }>(await api.post(`/api/sites/${site}/distributions/mat/tickets`, { date: nextWeekday(1), count: 1 }, 'staff'), 201);
    return issued.tickets[0]!.code;
  }
  const from = (address: string) => ({ headers: { 'x-test-client': address } });

  it('refuses a throttled address even a valid code, on the API and on the ticket page', async () => {
    const code = await ticketCode();
    const guesser = unique('addr');
    for (let i = 0; i < 20; i++) expect((await target.fetch(`/api/tickets/ZZZZ-ZZ${String(i).padStart(2, '0')}`, from(guesser))).status).toBe(404);
    const api429 = await target.fetch(`/api/tickets/${code}`, from(guesser));
    expect(api429.status).toBe(429);
    expect(((await api429.json()) as { error: { code: string } }).error.code).toBe('too_many_attempts');
    expect((await target.fetch(`/t/${code}`, from(guesser))).status).toBe(429);
    // Another address is not held back by it.
    expect((await target.fetch(`/api/tickets/${code}`, from(unique('addr')))).status).toBe(200);
  });

  it('counts no hits: thirty valid look-ups leave an address its twenty misses', async () => {
    const code = await ticketCode();
    const reader = unique('addr');
    for (let i = 0; i < 30; i++) expect((await target.fetch(i % 2 ? `/t/${code}` : `/api/tickets/${code}`, from(reader))).status).toBe(200);
    for (let i = 0; i < 20; i++) expect((await target.fetch(`/api/tickets/ZZZZ-ZZ${String(i).padStart(2, '0')}`, from(reader))).status).toBe(404);
    expect((await target.fetch(`/api/tickets/${code}`, from(reader))).status).toBe(429);
  });
});
