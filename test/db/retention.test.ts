import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { runRetention } from '../../src/db/retention';
import { activities, distributions, memberships, sites, tickets } from '../../src/db/schema';
import { sqliteServices } from '../support/sqlite-services';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-03-01T09:00:00Z');
let opened: ReturnType<typeof sqliteServices> | undefined;
afterEach(() => opened?.close());

function open() {
  opened = sqliteServices('retention', () => NOW);
  return opened;
}

async function anActivity(t: ReturnType<typeof sqliteServices>) {
  const [a] = await t.services.db
    .insert(activities)
    .values({ slug: 'kurs', name: 'Kurs', rrule: 'FREQ=WEEKLY;BYDAY=MO', startsOn: '2026-01-05', startTime: '12:00', durationMinutes: 60, cohorts: 1, cohortSize: 10, createdAt: NOW - 90 * DAY })
    .returning();
  return a!;
}

describe('retention of memberships (14 days)', () => {
  it('deletes memberships that left more than 14 days ago and keeps recent leavers', async () => {
    const t = open();
    const a = await anActivity(t);
    const member = (code: string, status: 'active' | 'left', daysAgo: number, note: string | null = null) => ({
      code, activityId: a.id, cohort: 1, status, note, joinedAt: NOW - 60 * DAY, updatedAt: NOW - daysAgo * DAY,
    });
    await t.services.db.insert(memberships).values([member('LEFT-OLD1', 'left', 20), member('LEFT-NEW1', 'left', 5), member('STAY-OLD1', 'active', 20)]);
    const outcome = await runRetention(t.services);
    expect(outcome.membershipsDeleted).toBe(1);
    const left = await t.services.db.select({ code: memberships.code }).from(memberships).orderBy(memberships.code).all();
    expect(left.map((m) => m.code)).toEqual(['LEFT-NEW1', 'STAY-OLD1']);
  });

  it('clears the note of a membership unchanged for 14 days, keeps the member, and keeps a newer note', async () => {
    const t = open();
    const a = await anActivity(t);
    const member = (code: string, daysAgo: number, note: string) => ({
      code, activityId: a.id, cohort: 1, status: 'active' as const, note, joinedAt: NOW - daysAgo * DAY, updatedAt: NOW - daysAgo * DAY,
    });
    await t.services.db.insert(memberships).values([member('NOTE-OLD1', 15, 'trenger tolk'), member('NOTE-NEW1', 13, 'rullestol')]);
    expect(await runRetention(t.services)).toMatchObject({ notesCleared: 1, membershipsDeleted: 0 });
    const rows = await t.services.db.select({ code: memberships.code, note: memberships.note, updatedAt: memberships.updatedAt }).from(memberships).orderBy(memberships.code).all();
    expect(rows).toEqual([
      { code: 'NOTE-NEW1', note: 'rullestol', updatedAt: NOW - 13 * DAY },
      { code: 'NOTE-OLD1', note: null, updatedAt: NOW - 15 * DAY },
    ]);
  });
});

describe('deleted data on disk (Node)', () => {
  it('leaves no trace of a deleted ticket code or note in the database file', async () => {
    const t = open();
    const { db } = t.services;
    const [site] = await db.insert(sites).values({ slug: 'sentrum', name: 'Sentrum', createdAt: NOW - 90 * DAY }).returning();
    const [d] = await db
      .insert(distributions)
      .values({ siteId: site!.id, slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 5 })
      .returning();
    const start = Date.parse('2026-02-01T09:00:00Z');
    const old = { distributionId: d!.id, date: '2026-02-01', slotStart: start, slotEnd: start + 15 * 60_000, status: 'picked_up' as const, issuedAt: start - DAY, updatedAt: start };
    await db.insert(tickets).values([
      { ...old, code: 'QXWZ-7KJV', note: 'hemmelig-merknad-1' },
      { ...old, code: 'ANDR-3T7P', note: null },
    ]);
    const onDisk = (text: string) => {
      t.otherProcess().pragma('wal_checkpoint(TRUNCATE)');
      return readFileSync(t.file).includes(Buffer.from(text));
    };
    expect(onDisk('QXWZ-7KJV')).toBe(true);

    expect((await runRetention(t.services)).ticketsDeleted).toBe(2);
    expect(await db.select({ n: sql<number>`count(*)` }).from(tickets).get()).toEqual({ n: 0 });
    expect(onDisk('QXWZ-7KJV')).toBe(false);
    expect(onDisk('hemmelig-merknad-1')).toBe(false);
  });
});
