import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { buildReport } from '../../src/db/reports/reports';
import { runRetention } from '../../src/db/retention';
import { insertStopsOf, setStopStatus } from '../../src/db/round-stops';
import { createRound, listRounds } from '../../src/db/rounds';
import { deliveryRounds, distributions, roundCounts, roundStops, sites, tickets } from '../../src/db/schema';
import { createSite } from '../../src/db/sites';
import { reportCsv } from '../../src/domain/report-csv';
import { sqliteServices } from '../support/sqlite-services';

const DAY = 24 * 60 * 60 * 1000;
let clock = Date.parse('2026-03-01T09:00:00Z');
let opened: ReturnType<typeof sqliteServices> | undefined;
afterEach(() => opened?.close());

async function twoRounds() {
  clock = Date.parse('2026-03-01T09:00:00Z');
  opened = sqliteServices('rounds', () => clock);
  const { services } = opened;
  const site = await createSite(services, { slug: 'stasjonen', name: 'Stasjonen' });
  const plan = async (date: string, labels: string[]) => {
    const { round } = await createRound(services, site, { date, name: 'Hemmelig runde', starts: '13:00', minutesPerStop: 15 }, null);
    return insertStopsOf(services, round, labels.map((label) => ({ label, bring: null })));
  };
  const early = await plan('2026-03-02', ['Rom 1', 'Rom 2', 'Rom 3']);
  await plan('2026-03-02', ['Rom 4']);
  await plan('2026-03-20', ['Rom 5']);
  await setStopStatus(services, early[0]!, 'delivered');
  await setStopStatus(services, early[1]!, 'not_home');
  return { services, site };
}

describe('delivery rounds under retention and in reports', () => {
  it('counts rounds, stops, delivered and not home per day, the same before and after the clean-up deletes the labels', async () => {
    const { services, site } = await twoRounds();
    const before = await buildReport(services, '2026-03-01', '2026-03-31', null);
    expect(before.rounds).toEqual([
      { date: '2026-03-02', site: 'stasjonen', rounds: 2, stops: 4, delivered: 1, not_home: 1 },
      { date: '2026-03-20', site: 'stasjonen', rounds: 1, stops: 1, delivered: 0, not_home: 0 },
    ]);
    // 14 days after the 2nd of March, its rounds go; the 20th stays.
    clock = Date.parse('2026-03-18T09:00:00Z');
    expect((await runRetention(services)).roundsDeleted).toBe(2);
    const left = await services.db.select({ label: roundStops.label }).from(roundStops).all();
    expect(left).toEqual([{ label: 'Rom 5' }]);
    expect(await listRounds(services, site, '2026-03-02')).toEqual([]);
    expect(await services.db.select().from(roundCounts).all()).toEqual([{ siteId: site.id, date: '2026-03-02', rounds: 2, stops: 4, delivered: 1, notHome: 1 }]);
    const after = await buildReport(services, '2026-03-01', '2026-03-31', null);
    expect(after.rounds).toEqual(before.rounds);
    // A second clean-up counts nothing twice.
    await runRetention(services);
    expect((await buildReport(services, '2026-03-01', '2026-03-31', null)).rounds).toEqual(before.rounds);
    const csv = reportCsv(after);
    expect(csv).toContain('round;2026-03-02;stasjonen;');
    expect(csv).not.toContain('Hemmelig');
    expect(JSON.stringify(after)).not.toMatch(/Hemmelig|Rom \d/);
  });
});

describe('codes shared by tickets and delivery stops', () => {
  it('refuses a ticket with a stop\'s code and a stop with a ticket\'s code, as a unique violation', async () => {
    const { services, site } = await twoRounds();
    const [stop] = await services.db.select().from(roundStops).limit(1).all();
    const [d] = await services.db
      .insert(distributions)
      .values({ siteId: site.id, slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 5 })
      .returning();
    const ticket = (code: string) => ({ code, distributionId: d!.id, date: '2026-03-05', slotStart: 0, slotEnd: 1, issuedAt: 0, updatedAt: 0 });
    await expect(services.db.insert(tickets).values(ticket(stop!.code))).rejects.toThrow(/UNIQUE constraint failed: tickets\.code/);
    await services.db.insert(tickets).values(ticket('TTTTTTTT'));
    const [round] = await services.db.select().from(deliveryRounds).limit(1).all();
    await expect(
      services.db.insert(roundStops).values({ roundId: round!.id, position: 99, label: 'x', code: 'TTTTTTTT', createdAt: 0, updatedAt: 0 }),
    ).rejects.toThrow(/UNIQUE constraint failed: round_stops\.code/);
    expect(await services.db.get<{ n: number }>(sql`select count(*) as n from round_stops where code = 'TTTTTTTT'`)).toEqual({ n: 0 });
    expect((await services.db.select().from(sites).all()).length).toBe(1);
  });
});
