import { describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD } from '../support/admin-password';
import { useTarget } from '../support/use-target';

const { target } = useTarget();

const overHttps = { 'x-forwarded-proto': 'https' };

function login(headers: Record<string, string> = {}) {
  return target.fetch('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-client': 'session-cookie-test', ...headers },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
}

describe('the session cookie over https', () => {
  it('is __Host-hentetid_session: Secure, Path=/, no Domain; and only that name logs in there', async () => {
    const res = await login(overHttps);
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie')!;
    expect(setCookie).toMatch(/^__Host-hentetid_session=[A-Za-z0-9_-]{43};/);
    expect(setCookie).toMatch(/;\s*Secure/i);
    expect(setCookie).toMatch(/;\s*Path=\/(;|$)/);
    expect(setCookie).not.toMatch(/Domain=/i);
    const token = /=([^;]+);/.exec(setCookie)![1]!;
    const me = (cookie: string) => target.fetch('/api/session', { headers: { cookie, ...overHttps } }).then((r) => r.status);
    expect(await me(`__Host-hentetid_session=${token}`)).toBe(200);
    // A cookie without the prefix could have been set by a sibling subdomain: not taken over https.
    expect(await me(`hentetid_session=${token}`)).toBe(401);
  });

  it('stays hentetid_session over plain http, where the prefix cannot be used', async () => {
    const res = await login();
    expect(res.headers.get('set-cookie')).toMatch(/^hentetid_session=/);
    expect(res.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
  });
});

describe('where the login form sends you back to', () => {
  async function loginForm(next: string) {
    const body = new URLSearchParams({ username: 'admin', password: ADMIN_PASSWORD, next });
    const res = await target.fetch('/login', {
      method: 'POST',
      redirect: 'manual',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: target.origin, 'x-test-client': 'login-next-test' },
      body,
    });
    expect(res.status).toBe(303);
    return res.headers.get('location');
  }

  it('is a path on this site, never another site however the path is dressed up', async () => {
    expect(await loginForm('/volunteer?date=2026-12-01')).toBe('/volunteer?date=2026-12-01');
    for (const next of ['/\t/evil.example', '/\\evil.example', '/\n/evil.example', '//evil.example', 'https://evil.example', '/\u0000x', '/%0a']) {
      const location = await loginForm(next);
      expect(location, JSON.stringify(next)).toBe(next === '/%0a' ? '/%0a' : '/staff');
    }
  });
});
