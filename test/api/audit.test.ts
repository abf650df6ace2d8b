import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { nextWeekday } from '../support/dates';
import { openTarget } from '../support/target';
import { onWorker, useTarget } from '../support/use-target';

const { api, target } = useTarget();

type Entry = { at: string; user: string | null; action: string; target: string };

async function auditLog(query = '') {
  return expectJson<Entry[]>(await api.get(`/api/audit${query}`, 'admin'), 200);
}

describe('the audit log', () => {
  it('records who posted and removed a notice and who traced which code, found or not', async () => {
    const { site } = await api.siteWithDistribution();
    const issued = await expectJson<{ tickets: { code: string }[] }>(await api.post(`/api/sites/${site}/distributions/mat/tickets`, { date: nextWeekday(1) }, 'staff'), 201);
    const code = issued.tickets[0]!.code;

    const notice = await expectJson<{ id: number }>(await api.post('/api/notices', { site, text: { nb: 'Stengt i morgen' }, from: nextWeekday(1), to: nextWeekday(1) }, 'staff'), 201);
    await expectJson(await api.get(`/api/tracing?code=${code.toLowerCase()}`, 'staff'), 200);
    await expectJson(await api.get('/api/tracing?code=ZZZZ-ZZZZ', 'staff'), 404);
    expect((await api.delete(`/api/notices/${notice.id}`, 'staff')).status).toBe(204);

    const entries = await auditLog();
    const staffUser = (await expectJson<{ user: { username: string } }>(await api.get('/api/session', 'staff'), 200)).user.username;
    const mine = entries.filter((e) => e.user === staffUser);
    expect(mine.map((e) => e.action)).toEqual(expect.arrayContaining(['notice_posted', 'contacts_traced', 'notice_removed']));
    expect(mine.find((e) => e.action === 'notice_posted')!.target).toContain(site);
    const traced = mine.filter((e) => e.action === 'contacts_traced').map((e) => e.target.split(' ')[0]);
    expect(traced).toEqual(expect.arrayContaining([code, 'ZZZZ-ZZZZ']));
    // Newest first, times with the Oslo offset.
    expect(entries[0]!.at >= entries[entries.length - 1]!.at).toBe(true);
    expect(entries[0]!.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?\+0[12]:00$/);
  });

  it('records capacity and hours changes with what changed, closed and reopened days', async () => {
    const { site } = await api.siteWithDistribution();
    await expectJson(await api.patch(`/api/sites/${site}/distributions/mat`, { perSlot: 2, closes: '10:45' }, 'admin'), 200);
    const day = nextWeekday(3);
    await expectJson(await api.post(`/api/sites/${site}/distributions/mat/closures`, { date: day, reason: 'Vannlekkasje' }, 'staff'), 201);
    expect((await api.delete(`/api/sites/${site}/distributions/mat/closures/${day}`, 'staff')).status).toBe(204);
    const entries = await auditLog();
    const changed = entries.find((e) => e.action === 'distribution_changed' && e.target.startsWith(`${site}/mat`));
    expect(changed?.target).toContain('perSlot 5 → 2');
    expect(changed?.target).toContain('closes 11:00 → 10:45');
    expect(entries.find((e) => e.action === 'day_closed' && e.target === `mat ${day}: Vannlekkasje`)).toBeDefined();
    expect(entries.find((e) => e.action === 'day_reopened' && e.target === `mat ${day}`)).toBeDefined();
  });

  it('records who cancelled a slip and who restored it, with its code, place and day', async () => {
    const { site } = await api.siteWithDistribution();
    const day = nextWeekday(2);
    const { tickets } = await expectJson<{ tickets: { code: string }[] }>(await api.post(`/api/sites/${site}/distributions/mat/tickets`, { date: day }, 'staff'), 201);
    const code = tickets[0]!.code;
    await expectJson(await api.post(`/api/tickets/${code}/status`, { status: 'cancelled' }, 'staff'), 200);
    await expectJson(await api.post(`/api/tickets/${code}/status`, { status: 'booked' }, 'admin'), 200);
    // A volunteer's pickup is the day's work, not a change to audit.
    await expectJson(await api.post(`/api/tickets/${code}/status`, { status: 'picked_up' }, 'volunteer'), 200);
    const staffUser = (await expectJson<{ user: { username: string } }>(await api.get('/api/session', 'staff'), 200)).user.username;
    const about = (await auditLog()).filter((e) => e.target === `${code} ${site}/mat ${day}`);
    expect(about.map((e) => [e.action, e.user])).toEqual([
      ['ticket_restored', 'admin'],
      ['ticket_cancelled', staffUser],
    ]);
  });

  it('records logins, and is for admins only, on the API and the page', async () => {
    await api.cookieFor('volunteer');
    expect((await auditLog()).some((e) => e.action === 'login')).toBe(true);
    await expectJson(await api.get('/api/audit', 'staff'), 403);
    await expectJson(await api.get('/api/audit'), 401);
    const page = await target.fetch('/admin/audit', { headers: { cookie: await api.cookieFor('admin') } });
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain('Hvem gjorde hva');
    expect(html).toContain('logget inn');
    expect((await target.fetch('/admin/audit', { headers: { cookie: await api.cookieFor('staff') } })).status).toBe(403);
  });

  it('refuses a backwards or over-long range', async () => {
    await expectJson(await api.get('/api/audit?from=2026-05-01&to=2026-04-01', 'admin'), 400);
    await expectJson(await api.get('/api/audit?from=2024-01-01&to=2026-01-01', 'admin'), 400);
  });
});

describe.skipIf(onWorker)('keeping the audit log (node clock)', () => {
  it('deletes entries older than HENTETID_AUDIT_DAYS at the clean-up', async () => {
    let clock = Date.parse('2026-03-02T09:00:00Z');
    const timed = await openTarget({ now: () => clock });
    try {
      const { runRetention } = await import('../../src/db/retention');
      const { recordAudit, auditBetween } = await import('../../src/db/audit');
      const services = timed.services!;
      await recordAudit(services, { username: 'someone' }, 'contacts_traced', 'AAAA-BBBB');
      clock += 89 * 24 * 60 * 60 * 1000;
      await runRetention(services);
      expect((await auditBetween(services, 0, clock + 1)).map((e) => e.target)).toContain('AAAA-BBBB');
      clock += 2 * 24 * 60 * 60 * 1000;
      await runRetention(services);
      expect((await auditBetween(services, 0, clock + 1)).map((e) => e.target)).not.toContain('AAAA-BBBB');
    } finally {
      await timed.close();
    }
  });
});
