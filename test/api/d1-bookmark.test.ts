import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { nextWeekday } from '../support/dates';
import { onWorker, useTarget } from '../support/use-target';

const { api, target } = useTarget();

/**
 * D1 read replication (src/d1-read-replicas.ts): a signed-in change answers with the D1 bookmark
 * in a cookie, and anonymous reads run on a session from that bookmark. Local D1 has one copy, so
 * what is checked here is the cookie's round trip and that the app answers on such sessions.
 */
describe.skipIf(!onWorker)('the D1 bookmark cookie', () => {
  it('comes with a signed-in change, and a public read with it sees the change', async () => {
    const { base } = await api.siteWithDistribution();
    const issued = await api.post(`${base}/tickets`, { date: nextWeekday(4) }, 'staff');
    const setCookie = issued.headers.get('set-cookie') ?? '';
    const bookmark = /(?:^|, )hentetid_d1_bookmark=([0-9a-f-]+);/i.exec(setCookie)?.[1];
    expect(bookmark, setCookie).toBeTruthy();
    expect(setCookie).toMatch(/hentetid_d1_bookmark=[^,]*HttpOnly/i);
    expect(setCookie).toMatch(/hentetid_d1_bookmark=[^,]*SameSite=Lax/i);
    const code = (await expectJson(issued, 201)).tickets[0].code;

    const page = await target.fetch(`/t/${code}`, { headers: { cookie: `hentetid_d1_bookmark=${bookmark}` } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(code);
    expect(page.headers.get('set-cookie')).toBeNull();
  });

  it('is not given on reads, signed in or not, nor on an anonymous change', async () => {
    expect((await api.page('/staff', 'staff')).headers.get('set-cookie')).toBeNull();
    expect((await target.fetch('/api/sites')).headers.get('set-cookie')).toBeNull();
    const failedLogin = await target.fetch('/api/session', { method: 'POST', headers: { 'content-type': 'application/json', 'x-test-client': 'bookmark-test' }, body: JSON.stringify({ username: 'nobody-here', password: 'wrong-password' }) });
    expect(failedLogin.status).toBe(401);
    expect(failedLogin.headers.get('set-cookie')).toBeNull();
  });

  it('answers as usual when the cookie holds something that is not a bookmark', async () => {
    for (const cookie of ['hentetid_d1_bookmark=not a bookmark', 'hentetid_d1_bookmark=00000001-00000002-00000003-0123456789abcdef', 'hentetid_d1_bookmark=00000000-00000000-zz', `hentetid_d1_bookmark=${'0'.repeat(500)}`]) {
      const res = await target.fetch('/api/sites', { headers: { cookie } });
      expect(res.status, cookie).toBe(200);
    }
  });
});
