import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDistribution } from '../../src/db/distributions';
import { findIssuePlace, issueTickets } from '../../src/db/issue-tickets';
import { createSite } from '../../src/db/sites';
import { findTicket } from '../../src/db/tickets';
import { sqliteServices } from '../support/sqlite-services';

// One walk-in's slot is planned from the loads read with the place (src/db/issue-tickets.ts, the
// same statements on Node and D1); this checks that choice on Node against loads that are uneven,
// missing for some slots, and cut by notBefore, for both strategies, as allocate would place one
// ticket (test/domain/allocation.test.ts).
const db = sqliteServices('issue-one', () => Date.parse('2026-03-01T09:00:00Z'));
const { services } = db;
const date = '2026-03-02';
afterAll(() => db.close());

beforeAll(async () => {
  const site = await createSite(services, { slug: 'one', name: 'One' });
  // 10:00-11:00 in Oslo (UTC+1): four slots of 15 minutes, three seats each.
  await createDistribution(services, site, { slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-03-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 3 });
});

async function issueOne(strategy: 'spread' | 'earliest', notBefore?: string) {
  const place = await findIssuePlace(services, 'one', 'mat', date);
  const [ticket] = await issueTickets(services, place, { date, count: 1, strategy, ...(notBefore ? { notBefore } : {}) });
  return new Date(ticket!.slotStart).toISOString().slice(11, 16);
}

describe('one walk-in ticket on Node', () => {
  it('answers with the row as stored, note included', async () => {
    const place = await findIssuePlace(services, 'one', 'mat', '2026-03-03');
    const [issued] = await issueTickets(services, place, { date: '2026-03-03', count: 1, strategy: 'spread', note: 'rullestol' });
    // Everything but the id, which the statement that takes the seats cannot give back.
    expect((await findTicket(services, issued!.code))!.ticket).toEqual({ id: expect.any(Number), ...issued, note: 'rullestol' });
  });

  it('goes to the least-taken slot (earliest on a tie), or to the first with room', async () => {
    // Loads 3, 2, 0, 0 (no slot_loads rows yet for the last two).
    const place = await findIssuePlace(services, 'one', 'mat', date);
    await issueTickets(services, place, { date, count: 5, strategy: 'earliest' });
    expect(await issueOne('spread')).toBe('09:30');
    expect(await issueOne('spread')).toBe('09:45');
    // 3, 2, 1, 1: the 09:30 and 09:45 slots tie with fewer than 09:15.
    expect(await issueOne('spread')).toBe('09:30');
    // 3, 2, 2, 1
    expect(await issueOne('earliest')).toBe('09:15');
    // 3, 3, 2, 1: not before 10:30 leaves 09:30 and 09:45 (UTC); 09:45 has fewer.
    expect(await issueOne('spread', '10:30')).toBe('09:45');
    // 3, 3, 2, 2
    expect(await issueOne('earliest', '10:45')).toBe('09:45');
    expect(await issueOne('spread')).toBe('09:30');
    // 3, 3, 3, 3: nothing left.
    await expect(issueOne('spread')).rejects.toMatchObject({ status: 409, code: 'not_enough_free' });
    await expect(issueOne('earliest')).rejects.toMatchObject({ status: 409, code: 'not_enough_free' });
  });

  it('refuses with 409 when every slot from notBefore on is full, though earlier ones have room', async () => {
    const day = '2026-03-04';
    const place = await findIssuePlace(services, 'one', 'mat', day);
    const walkIn = (notBefore?: string) => issueTickets(services, place, { date: day, count: 1, strategy: 'spread', ...(notBefore ? { notBefore } : {}) });
    // Not before 10:30 in Oslo: the 09:30 and 09:45 (UTC) slots, three seats each.
    for (let i = 0; i < 6; i++) await walkIn('10:30');
    await expect(walkIn('10:30')).rejects.toMatchObject({ status: 409, code: 'not_enough_free' });
    const [early] = await walkIn();
    expect(new Date(early!.slotStart).toISOString().slice(11, 16)).toBe('09:00');
  });

  it('lets twenty walk-ins at once take the last twelve seats of a day, and no more', async () => {
    const day = '2026-03-05';
    const place = await findIssuePlace(services, 'one', 'mat', day);
    const settled = await Promise.allSettled(Array.from({ length: 20 }, () => issueTickets(services, place, { date: day, count: 1, strategy: 'spread' })));
    const issued = settled.filter((s) => s.status === 'fulfilled').map((s) => (s as PromiseFulfilledResult<Awaited<ReturnType<typeof issueTickets>>>).value[0]!);
    expect(issued).toHaveLength(12);
    const perSlot = new Map<number, number>();
    for (const t of issued) perSlot.set(t.slotStart, (perSlot.get(t.slotStart) ?? 0) + 1);
    expect([...perSlot.values()]).toEqual([3, 3, 3, 3]);
    for (const s of settled) if (s.status === 'rejected') expect(s.reason).toMatchObject({ status: 409 });
  });
});
