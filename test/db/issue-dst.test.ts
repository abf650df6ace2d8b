import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDistribution } from '../../src/db/distributions';
import { findIssuePlace, issueTickets } from '../../src/db/issue-tickets';
import { createSite } from '../../src/db/sites';
import { daySlots } from '../../src/domain/slots';
import { sqliteServices } from '../support/sqlite-services';

// On the nights the clocks change in Oslo, walk-ins one by one fill exactly the slots the day
// has (none in the skipped hour, the repeated hour once), and then no more.
const db = sqliteServices('issue-dst', () => Date.parse('2026-03-01T09:00:00Z'));
const { services } = db;
afterAll(() => db.close());

const hours = { opens: '01:00', closes: '04:00', slotMinutes: 30 } as const;
beforeAll(async () => {
  const site = await createSite(services, { slug: 'natt', name: 'Natt' });
  await createDistribution(services, site, { slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-03-01', perSlot: 1, ...hours });
});

describe.each(['2026-03-29', '2026-10-25'])('walk-ins on %s, when the clocks change', (date) => {
  it('take every slot of the night once, in time order, and then are refused', async () => {
    const slots = daySlots({ date, zone: 'Europe/Oslo', ...hours });
    const taken = [];
    for (const _ of slots) {
      const [ticket] = await issueTickets(services, await findIssuePlace(services, 'natt', 'mat', date), { date, count: 1, strategy: 'spread' });
      taken.push({ start: ticket!.slotStart, end: ticket!.slotEnd });
    }
    expect(taken).toEqual(slots);
    const place = await findIssuePlace(services, 'natt', 'mat', date);
    await expect(issueTickets(services, place, { date, count: 1, strategy: 'spread' })).rejects.toMatchObject({ status: 409, code: 'not_enough_free' });
  });
});
