import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSession, resolveSession, revokeSession } from '../../src/auth/sessions';
import { closeDay } from '../../src/db/closures';
import { createDistribution } from '../../src/db/distributions';
import { findIssuePlace, issueTickets } from '../../src/db/issue-tickets';
import { createSite, updateSite } from '../../src/db/sites';
import { createUser, findUser, setUserRole } from '../../src/db/users';
import type { DistributionRow } from '../../src/db/distributions';
import { sqliteServices } from '../support/sqlite-services';

// Sessions and the place tickets are issued on are remembered while the reference token stands:
// every write naming sessions, users, sites, distributions or closures must show at once, a
// commit by another process from the next turn on, and issuing tickets must not move it.
let clock = Date.parse('2026-03-01T09:00:00Z');
const db = sqliteServices('reference-token', () => clock);
const { services, store } = db;
const other = db.otherProcess();
let dist: DistributionRow;
const nextTurn = () => new Promise<void>((done) => setImmediate(done));

beforeAll(async () => {
  const site = await createSite(services, { slug: 'ref', name: 'Ref' });
  dist = await createDistribution(services, site, { slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-03-01', opens: '10:00', closes: '12:00', slotMinutes: 15, perSlot: 5 });
});
afterAll(() => db.close());

async function loggedIn(username: string) {
  await createUser(services, { username, role: 'volunteer', password: 'a-long-password-1' });
  const { id } = (await findUser(services, username))!;
  return (await createSession(services, id, 'cookie')).token;
}

describe('a remembered session', () => {
  it('ends at once on logout, on a role change and on expiry', async () => {
    const token = await loggedIn('ref-a');
    expect((await resolveSession(services, token))?.role).toBe('volunteer');
    await setUserRole(services, 'ref-a', 'staff');
    expect((await resolveSession(services, token))?.role).toBe('staff');
    clock += 13 * 60 * 60 * 1000;
    expect(await resolveSession(services, token)).toBeNull();
    clock -= 13 * 60 * 60 * 1000;
    expect(await resolveSession(services, token)).not.toBeNull();
    await revokeSession(services, token);
    expect(await resolveSession(services, token)).toBeNull();
  });

  it('ends from the next turn on when another process deletes it', async () => {
    const token = await loggedIn('ref-b');
    await nextTurn();
    expect(await resolveSession(services, token)).not.toBeNull();
    other.prepare("delete from sessions where user_id = (select id from users where username = 'ref-b')").run();
    await nextTurn();
    expect(await resolveSession(services, token)).toBeNull();
  });

  it('stays remembered while tickets are issued (the token does not move), and not inside a transaction', async () => {
    const place = await findIssuePlace(services, 'ref', 'mat', '2026-03-02');
    const before = store.referenceToken!();
    const changesBefore = store.changeToken!();
    await issueTickets(services, place, { date: '2026-03-02', count: 1, strategy: 'spread' });
    await issueTickets(services, place, { date: '2026-03-02', count: 3, strategy: 'spread' });
    expect(store.changeToken!()).not.toBe(changesBefore);
    expect(store.referenceToken!()).toBe(before);
    await store.db.run(sql`begin`);
    try {
      expect(store.referenceToken!()).toBeUndefined();
    } finally {
      await store.db.run(sql`rollback`);
    }
  });
});

describe('the remembered place tickets are issued on', () => {
  it('shows a closure, a renamed site and a deleted distribution at once', async () => {
    expect((await findIssuePlace(services, 'ref', 'mat', '2026-03-03')).closure).toBeNull();
    await closeDay(services, dist, '2026-03-03', 'Stengt');
    expect((await findIssuePlace(services, 'ref', 'mat', '2026-03-03')).closure).toEqual({ reason: 'Stengt' });
    const { site } = await findIssuePlace(services, 'ref', 'mat', '2026-03-03');
    await updateSite(services, site, { name: 'Ref II' });
    expect((await findIssuePlace(services, 'ref', 'mat', '2026-03-03')).site.name).toBe('Ref II');
    await store.db.run(sql`delete from distributions where slug = 'mat'`);
    await expect(findIssuePlace(services, 'ref', 'mat', '2026-03-03')).rejects.toMatchObject({ code: 'distribution_not_found' });
  });
});
