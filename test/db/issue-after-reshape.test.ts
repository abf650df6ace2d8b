import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDistribution } from '../../src/db/distributions';
import { findIssuePlace, issueTickets } from '../../src/db/issue-tickets';
import { createSite } from '../../src/db/sites';
import { updateDistribution } from '../../src/db/update-distribution';
import { sqliteServices } from '../support/sqlite-services';

// A walk-in plans its candidate slots from the distribution row it read; when the hours are
// shortened between that read and its write, it must not land in a slot that no longer exists.
const db = sqliteServices('issue-reshape', () => Date.parse('2026-03-01T09:00:00Z'));
const { services } = db;
const date = '2026-03-02';
afterAll(() => db.close());

beforeAll(async () => {
  const site = await createSite(services, { slug: 'one', name: 'One' });
  // 10:00-11:00 in Oslo (UTC+1): four slots of 15 minutes, one seat each.
  await createDistribution(services, site, { slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-03-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 1 });
});

const utc = (ms: number) => new Date(ms).toISOString().slice(11, 16);

describe('issuing from a distribution row read before the hours changed', () => {
  it('plans again from the new hours, one ticket or a batch, and refuses what no longer fits', async () => {
    const stale = await findIssuePlace(services, 'one', 'mat', date);
    await issueTickets(services, stale, { date, count: 1, strategy: 'earliest' });
    await updateDistribution(services, stale.site, stale.d, { closes: '10:30' }, { dryRun: false, actor: null });

    // The stale row still offers 10:15-10:45; only 10:15 (09:15 UTC) exists now, and then it is full.
    const [one] = await issueTickets(services, stale, { date, count: 1, strategy: 'earliest' });
    expect(utc(one!.slotStart)).toBe('09:15');
    const full = { status: 409, code: 'not_enough_free' };
    await expect(issueTickets(services, stale, { date, count: 1, strategy: 'earliest' })).rejects.toMatchObject(full);
    await expect(issueTickets(services, stale, { date, count: 2, strategy: 'earliest' })).rejects.toMatchObject(full);
  });

  it('finds the room that longer hours made, even when every slot the stale row offers is full', async () => {
    const site = await createSite(services, { slug: 'two', name: 'Two' });
    await createDistribution(services, site, { slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-03-01', opens: '10:00', closes: '10:30', slotMinutes: 15, perSlot: 1 });
    const stale = await findIssuePlace(services, 'two', 'mat', date);
    await issueTickets(services, stale, { date, count: 2, strategy: 'earliest' });
    await updateDistribution(services, stale.site, stale.d, { closes: '11:00' }, { dryRun: false, actor: null });

    // Under the old hours both slots are taken; the statement must notice the change, not answer "full".
    const [one] = await issueTickets(services, stale, { date, count: 1, strategy: 'spread' });
    expect(utc(one!.slotStart)).toBe('09:30');
  });
});
