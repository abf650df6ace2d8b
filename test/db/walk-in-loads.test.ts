import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDistribution, type DistributionRow } from '../../src/db/distributions';
import { findIssuePlace, issueTickets } from '../../src/db/issue-tickets';
import { createSite } from '../../src/db/sites';
import { findTicket, setTicketStatus } from '../../src/db/tickets';
import { updateDistribution } from '../../src/db/update-distribution';
import { sqliteServices } from '../support/sqlite-services';

// On Node a walk-in's slot is chosen from the day's loads remembered between walk-ins
// (src/db/walk-in-loads.ts). Whatever else writes — a cancellation, a batch, a capacity change,
// another process — the next walk-in must choose from the loads as they stand.
const db = sqliteServices('walk-in-loads', () => Date.parse('2026-03-01T09:00:00Z'));
const { services, store } = db;
const other = db.otherProcess();
let dist: DistributionRow;
// The connection under the store: a write by exec() passes no prepared statement, so nothing counts it.
const uncounted = (store.db as unknown as { $client: BetterSqlite3.Database }).$client;

beforeAll(async () => {
  const site = await createSite(services, { slug: 'walk', name: 'Walk' });
  // 10:00-11:00 in Oslo (UTC+1): four slots of 15 minutes, four seats each.
  dist = await createDistribution(services, site, { slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-03-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 4 });
});
afterAll(() => db.close());

const utc = (ms: number) => new Date(ms).toISOString().slice(11, 16);

async function walkIn(date: string) {
  const place = await findIssuePlace(services, 'walk', 'mat', date);
  const [ticket] = await issueTickets(services, place, { date, count: 1, strategy: 'spread' });
  return ticket!;
}

/** Live tickets per slot start (UTC hh:mm), counted from the tickets themselves. */
function loadsOf(date: string): Record<string, number> {
  const rows = other.prepare("select slot_start as s, count(*) as n from tickets where date = ? and status <> 'cancelled' group by slot_start").all(date) as { s: number; n: number }[];
  return Object.fromEntries(rows.map((r) => [utc(r.s), r.n]));
}

/** Where a spread walk-in must go: the least-taken slot with room, the earliest on a tie. */
function expectedSlot(date: string, perSlot: number): string | null {
  const loads = loadsOf(date);
  const slots = ['09:00', '09:15', '09:30', '09:45'];
  const open = slots.filter((s) => (loads[s] ?? 0) < perSlot);
  return open.sort((a, b) => (loads[a] ?? 0) - (loads[b] ?? 0) || a.localeCompare(b))[0] ?? null;
}

function insertByOtherProcess(date: string, slot: string) {
  const start = Date.parse(`${date}T${slot}:00Z`);
  other
    .prepare("insert into tickets (code, distribution_id, date, slot_start, slot_end, status, issued_at, updated_at) values (?, ?, ?, ?, ?, 'booked', 0, 0)")
    .run(`OTHER${Math.random().toString(36).slice(2, 10).toUpperCase()}`, dist.id, date, start, start + 15 * 60_000);
}

describe('the loads remembered between walk-ins', () => {
  it('are read once while only walk-ins write, on this day or any other', async () => {
    const at = (slot: string) => Date.parse(`2026-03-02T${slot}:00Z`);
    expect(utc((await walkIn('2026-03-02')).slotStart)).toBe('09:00');
    await walkIn('2026-03-03');
    // Empty the 09:00 slot behind the memory's back (uncounted): loads read afresh would send the
    // next walk-in there; the remembered ones (1, 0, 0, 0) send it to 09:15.
    uncounted.exec(`update slot_loads set taken = 0 where distribution_id = ${dist.id} and slot_start = ${at('09:00')}`);
    expect(utc((await walkIn('2026-03-02')).slotStart)).toBe('09:15');
    uncounted.exec(`update slot_loads set taken = 1 where distribution_id = ${dist.id} and slot_start = ${at('09:00')}`);
  });

  it('are forgotten when a capacity trigger refuses the seat they chose', async () => {
    const at = (slot: string) => Date.parse(`2026-03-02T${slot}:00Z`);
    // Remembered 1, 1, 0, 0: the next goes to 09:30, which is full behind the memory's back.
    uncounted.exec(`insert or replace into slot_loads (distribution_id, slot_start, taken) values (${dist.id}, ${at('09:30')}, 4)`);
    expect(utc((await walkIn('2026-03-02')).slotStart)).toBe('09:45');
    // Read afresh after the refusal: 1, 1, 4, 1, so 09:00 next.
    expect(utc((await walkIn('2026-03-02')).slotStart)).toBe('09:00');
    uncounted.exec(`delete from slot_loads where distribution_id = ${dist.id} and slot_start = ${at('09:30')}`);
  });

  it('follow cancellations, batches, other processes and a lowered capacity, walk-in by walk-in', async () => {
    const date = '2026-03-10';
    let perSlot = 4;
    // A fixed sequence of mixed writes (a small linear congruential generator, so a failure repeats).
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const issued: string[] = [];
    for (let step = 0; step < 120; step++) {
      const roll = random();
      if (roll < 0.15 && issued.length > 0) {
        const code = issued.splice(Math.floor(random() * issued.length), 1)[0]!;
        await setTicketStatus(services, (await findTicket(services, code))!, 'cancelled', true);
      } else if (roll < 0.25) {
        const free = Object.values(loadsOf(date)).reduce((sum, n) => sum - Math.min(n, perSlot), 4 * perSlot);
        if (free >= 2) issued.push(...(await issueTickets(services, await findIssuePlace(services, 'walk', 'mat', date), { date, count: 2, strategy: 'earliest' })).map((t) => t.code));
      } else if (roll < 0.35) {
        const slot = ['09:00', '09:15', '09:30', '09:45'][Math.floor(random() * 4)]!;
        if ((loadsOf(date)[slot] ?? 0) < perSlot) insertByOtherProcess(date, slot);
      } else if (roll < 0.38 && perSlot === 4) {
        perSlot = 3;
        await updateDistribution(services, (await findIssuePlace(services, 'walk', 'mat', date)).site, dist, { perSlot }, { dryRun: false });
      } else {
        const expected = expectedSlot(date, perSlot);
        if (expected === null) {
          await expect(walkIn(date)).rejects.toMatchObject({ code: 'not_enough_free' });
        } else {
          const ticket = await walkIn(date);
          expect(`${step}: ${utc(ticket.slotStart)}`).toBe(`${step}: ${expected}`);
          issued.push(ticket.code);
        }
      }
    }
    // Nothing over capacity, whatever came between.
    expect(Math.max(...Object.values(loadsOf(date)))).toBeLessThanOrEqual(4);
  });
});
