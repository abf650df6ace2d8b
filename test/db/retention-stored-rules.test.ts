import { afterEach, describe, expect, it } from 'vitest';
import { runRetention } from '../../src/db/retention';
import { activities, distributions, sites, tickets } from '../../src/db/schema';
import { sqliteServices } from '../support/sqlite-services';

const DAY = 24 * 60 * 60 * 1000;
const NOW = Date.parse('2026-03-01T09:00:00Z');
let opened: ReturnType<typeof sqliteServices> | undefined;
afterEach(() => opened?.close());

// Rules saved by an older version that this one refuses to read (BYWEEKNO, plain and numbered
// weekdays mixed) must not stop the clean-up: deleting old tickets does not wait for a report.
describe('the clean-up with a stored rule this version cannot read', () => {
  it('still deletes the old tickets of every distribution', async () => {
    opened = sqliteServices('retention-rules', () => NOW);
    const { db } = opened.services;
    const [site] = await db.insert(sites).values({ slug: 'sentrum', name: 'Sentrum', createdAt: NOW - 90 * DAY }).returning();
    const [d] = await db
      .insert(distributions)
      .values({ siteId: site!.id, slug: 'mat', name: 'Mat', rrule: 'FREQ=MONTHLY;BYDAY=1MO,FR', startsOn: '2026-01-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 5 })
      .returning();
    await db
      .insert(activities)
      .values({ slug: 'kurs', name: 'Kurs', rrule: 'FREQ=YEARLY;BYWEEKNO=5;BYDAY=MO', startsOn: '2026-01-05', startTime: '12:00', durationMinutes: 60, cohorts: 1, cohortSize: 10, createdAt: NOW - 90 * DAY });
    const start = Date.parse('2026-01-09T09:00:00Z');
    await db.insert(tickets).values({ code: 'OLDC0DE1', distributionId: d!.id, date: '2026-01-09', slotStart: start, slotEnd: start + 15 * 60_000, status: 'picked_up', note: 'gammel merknad', issuedAt: start, updatedAt: start });
    const outcome = await runRetention(opened.services);
    expect(outcome.ticketsDeleted).toBe(1);
    expect(await db.select().from(tickets).all()).toEqual([]);
  });
});
