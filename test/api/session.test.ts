import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { ADMIN_PASSWORD, openTarget, testCaller, unique } from '../support/target';
import { useTarget, onWorker } from '../support/use-target';

const { target, api } = useTarget();

/** Each test throttles its own address (honoured by the node target), so none poisons another. */
function from(address = unique('addr')) {
  return { 'x-test-client': address };
}

async function login(username: string, password: string, headers: Record<string, string> = from(), path = '/api/session') {
  return target.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ username, password }),
  });
}

function cookieOf(res: Response) {
  return res.headers.get('set-cookie')!.split(';')[0];
}

async function newUser(role: 'admin' | 'staff' | 'volunteer') {
  const username = unique(role);
  const password = `${role}-secret-${unique('pw')}`;
  await expectJson(await api.post('/api/users', { username, password, role }, 'admin'), 201);
  return { username, password };
}

describe('logging in', () => {
  it('gives the user and an HttpOnly, SameSite=Lax session cookie for 12 hours', async () => {
    const res = await login('admin', ADMIN_PASSWORD);
    expect(await expectJson(res, 200)).toEqual({ user: { username: 'admin', role: 'admin' } });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^hentetid_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
    expect(cookie).toMatch(/;\s*Path=\//);
    expect(cookie).toMatch(/;\s*Max-Age=43200/);
    expect(cookie).not.toMatch(/Secure/i);
  });

  it('marks the cookie Secure behind an https proxy', async () => {
    const res = await login('admin', ADMIN_PASSWORD, { ...from(), 'x-forwarded-proto': 'https' });
    await expectJson(res, 200);
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });

  it.skipIf(onWorker)('marks the cookie Secure when the request is https', async () => {
    const res = await login('admin', ADMIN_PASSWORD, from(), 'https://hentetid.example/api/session');
    await expectJson(res, 200);
    expect(res.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
  });

  it('accepts the username in any case', async () => {
    const res = await login('ADMIN', ADMIN_PASSWORD);
    expect((await expectJson(res, 200)).user.username).toBe('admin');
  });

  it('refuses a wrong password and an unknown user alike', async () => {
    const wrong = await expectJson(await login('admin', 'not-the-password'), 401);
    const unknown = await expectJson(await login(unique('nobody'), ADMIN_PASSWORD), 401);
    expect(wrong.error.code).toBe('invalid_credentials');
    expect(unknown.error).toEqual(wrong.error);
  });

  it('gives no cookie on a failed login', async () => {
    const res = await login('admin', 'not-the-password');
    expect(res.status).toBe(401);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('rejects a body without a password with 400', async () => {
    const res = await target.fetch('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...from() },
      body: JSON.stringify({ username: 'admin' }),
    });
    expect((await expectJson(res, 400)).error.code).toBe('invalid_input');
  });
});

describe('the session', () => {
  it('tells who is logged in, and 401 without a login', async () => {
    const cookie = cookieOf(await login('admin', ADMIN_PASSWORD));
    const me = await target.fetch('/api/session', { headers: { cookie } });
    expect(await expectJson(me, 200)).toEqual({ user: { username: 'admin', role: 'admin' } });
    expect((await expectJson(await target.fetch('/api/session'), 401)).error.code).toBe('unauthorized');
  });

  it('finds the session cookie among others, spaced as browsers send them', async () => {
    const cookie = cookieOf(await login('admin', ADMIN_PASSWORD));
    const [, token] = cookie.split('=');
    for (const header of [`theme=dark; ${cookie}; lang=nb`, `x_hentetid_session=nope;${cookie}`, ` hentetid_session = ${token} `]) {
      expect(await expectJson(await target.fetch('/api/session', { headers: { cookie: header } }), 200)).toEqual({ user: { username: 'admin', role: 'admin' } });
    }
    for (const header of [`theme=${token}`, `xhentetid_session=${token}`, `hentetid_session=${token}%00`]) {
      await expectJson(await target.fetch('/api/session', { headers: { cookie: header } }), 401);
    }
  });

  it('ignores a made-up cookie', async () => {
    const res = await target.fetch('/api/session', { headers: { cookie: 'hentetid_session=made-up' } });
    await expectJson(res, 401);
  });

  it('ends on logout: the cookie is cleared and no longer works', async () => {
    const cookie = cookieOf(await login('admin', ADMIN_PASSWORD));
    const out = await target.fetch('/api/session', { method: 'DELETE', headers: { cookie } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^hentetid_session=;.*Max-Age=0/);
    await expectJson(await target.fetch('/api/session', { headers: { cookie } }), 401);
    await expectJson(await target.fetch('/api/users', { headers: { cookie } }), 401);
  });

  it('lets a user log out twice', async () => {
    const cookie = cookieOf(await login('admin', ADMIN_PASSWORD));
    expect((await target.fetch('/api/session', { method: 'DELETE', headers: { cookie } })).status).toBe(204);
    expect((await target.fetch('/api/session', { method: 'DELETE', headers: { cookie } })).status).toBe(204);
    expect((await target.fetch('/api/session', { method: 'DELETE' })).status).toBe(204);
  });

  it('logging out one session leaves the others', async () => {
    const first = cookieOf(await login('admin', ADMIN_PASSWORD));
    const second = cookieOf(await login('admin', ADMIN_PASSWORD));
    await target.fetch('/api/session', { method: 'DELETE', headers: { cookie: first } });
    await expectJson(await target.fetch('/api/session', { headers: { cookie: second } }), 200);
  });
});

describe('API tokens', () => {
  it('work as a Bearer token until revoked', async () => {
    const staff = await newUser('staff');
    const cookie = cookieOf(await login(staff.username, staff.password));
    const created = await expectJson(
      await target.fetch('/api/tokens', {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({ label: 'nightly export' }),
      }),
      201,
    );
    expect(created.label).toBe('nightly export');
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Date.parse(created.expiresAt) - Date.now()).toBeGreaterThan(364 * 24 * 3600 * 1000);

    const bearer = { authorization: `Bearer ${created.token}` };
    expect(await expectJson(await target.fetch('/api/session', { headers: bearer }), 200)).toEqual({
      user: { username: staff.username, role: 'staff' },
    });

    expect((await target.fetch('/api/tokens', { method: 'DELETE', headers: { cookie } })).status).toBe(204);
    await expectJson(await target.fetch('/api/session', { headers: bearer }), 401);
    // Revoking tokens does not log the browser out.
    await expectJson(await target.fetch('/api/session', { headers: { cookie } }), 200);
  });

  it('a made-up bearer token is 401', async () => {
    const res = await target.fetch('/api/users', { headers: { authorization: 'Bearer not-a-real-token' } });
    expect((await expectJson(res, 401)).error.code).toBe('unauthorized');
  });

  it('need a login to create', async () => {
    await expectJson(await api.post('/api/tokens', { label: 'x' }), 401);
  });

  it('need a label', async () => {
    await expectJson(await api.post('/api/tokens', {}, 'volunteer'), 400);
  });
});

describe('roles', () => {
  it('admin routes refuse staff and volunteers with 403 and strangers with 401', async () => {
    const body = { username: unique('x'), password: 'long-enough-password', role: 'volunteer' };
    expect((await expectJson(await api.post('/api/users', body, 'staff'), 403)).error.code).toBe('forbidden');
    expect((await expectJson(await api.post('/api/users', body, 'volunteer'), 403)).error.code).toBe('forbidden');
    expect((await expectJson(await api.post('/api/users', body), 401)).error.code).toBe('unauthorized');
    await expectJson(await api.get('/api/users', 'staff'), 403);
    await expectJson(await api.get('/api/users', 'volunteer'), 403);
    await expectJson(await api.get('/api/users'), 401);
  });

  it('a volunteer may create an API token (any login will do)', async () => {
    await expectJson(await api.post('/api/tokens', { label: 'phone' }, 'volunteer'), 201);
  });
});

// Runs on the worker too: its test setup sets HENTETID_TRUST_TEST_CLIENT=1, so x-test-client gives
// each test its own address there as well and no other test file's logins are locked out.
describe('login throttling', () => {
  it('after 5 misses on one username from one address, refuses it there (even the right password) with Retry-After', async () => {
    const address = from();
    const { username, password } = await newUser('staff');
    for (let i = 0; i < 5; i++) {
      expect((await expectJson(await login(username, `wrong-${i}`, address), 401)).error.code).toBe('invalid_credentials');
    }
    const refused = await login(username, password, address);
    expect((await expectJson(refused, 429)).error.code).toBe('too_many_attempts');
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // The same user from another address, and another user from this one, are not held.
    await expectJson(await login(username, password, from()), 200);
    const other = await newUser('staff');
    await expectJson(await login(other.username, other.password, address), 200);
  });

  it('after 10 misses from one address, on any usernames, refuses the 11th attempt there, even the right password, but not from another', async () => {
    const address = from();
    for (let i = 0; i < 10; i++) await expectJson(await login(unique('nobody'), 'whatever-1', address), 401);
    expect((await expectJson(await login('admin', ADMIN_PASSWORD, address), 429)).error.code).toBe('too_many_attempts');
    await expectJson(await login('admin', ADMIN_PASSWORD, from()), 200);
  });

  it('misses on a username from other addresses, past the old username limit, never lock its owner out', async () => {
    const { username, password } = await newUser('staff');
    // Four addresses, each stopping short of its own limits: 20 misses on the username in all.
    for (let a = 0; a < 4; a++) {
      const address = from();
      for (let i = 0; i < 5; i++) await expectJson(await login(username, `wrong-${a}-${i}`, address), 401);
    }
    await expectJson(await login(username, password, from()), 200);
  });

  it('does not count successful logins', async () => {
    const address = from();
    for (let i = 0; i < 12; i++) await expectJson(await login('admin', ADMIN_PASSWORD, address), 200);
  });
});

describe('failed logins in the audit log', () => {
  it('a burst on one username is one login_failed entry with its count and network, never the password', async () => {
    const username = unique('mallory');
    const network = `198.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    for (let a = 0; a < 3; a++) {
      const address = from(`${network}.${10 + a}`);
      for (let i = 0; i < 4; i++) await expectJson(await login(`  ${username.toUpperCase()} `, `secret-guess-${a}-${i}`, address), 401);
    }
    const entries = await expectJson<{ user: string | null; action: string; target: string }[]>(await api.get('/api/audit', 'admin'), 200);
    const mine = entries.filter((e) => e.action === 'login_failed' && e.user === username);
    expect(mine).toHaveLength(1);
    expect(mine[0]!.target).toBe(`12 × ${network}.0/24`);
    expect(JSON.stringify(entries)).not.toContain('secret-guess');
    const page = await (await api.page('/admin/audit', 'admin')).text();
    expect(page).toContain(username);
    expect(page).toContain(`12 × ${network}.0/24`);
    expect(page).toMatch(/mislykket innlogging|failed to log in/);
    expect(page).not.toContain('secret-guess');
  });
});

describe.skipIf(onWorker)('login throttling over time (node clock)', () => {
  it('lets the address in again once the 15-minute window has passed', async () => {
    let clock = Date.parse('2026-03-02T09:00:00Z');
    const timed = await openTarget({ now: () => clock });
    try {
      const attempt = (password: string) =>
        timed.fetch('/api/session', {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-test-client': '10.0.0.9' },
          body: JSON.stringify({ username: 'admin', password }),
        });
      for (let i = 0; i < 5; i++) await expectJson(await attempt('wrong-password'), 401);
      clock += 10 * 60 * 1000;
      const refused = await attempt(ADMIN_PASSWORD);
      await expectJson(refused, 429);
      expect(Number(refused.headers.get('retry-after'))).toBe(5 * 60);
      clock += 5 * 60 * 1000;
      await expectJson(await attempt(ADMIN_PASSWORD), 200);
    } finally {
      await timed.close();
    }
  });

  it('expires a session after 12 hours', async () => {
    let clock = Date.parse('2026-03-02T09:00:00Z');
    const timed = await openTarget({ now: () => clock });
    try {
      const res = await timed.fetch('/api/session', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
      });
      const cookie = cookieOf(res);
      clock += 12 * 60 * 60 * 1000 - 1000;
      await expectJson(await timed.fetch('/api/session', { headers: { cookie } }), 200);
      clock += 1000;
      await expectJson(await timed.fetch('/api/session', { headers: { cookie } }), 401);
    } finally {
      await timed.close();
    }
  });
});

describe.skipIf(onWorker)('request logs', () => {
  it('never contain passwords, session secrets, tokens or ticket codes', async () => {
    const { createApp } = await import('../../src/app');
    const { vi } = await import('vitest');
    // requestLog is off under vitest; build an app with it on, over the same database.
    const vitestFlag = process.env.VITEST;
    delete process.env.VITEST;
    const app = createApp(target.services!, { caller: testCaller });
    process.env.VITEST = vitestFlag;

    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((...args) => void lines.push(args.join(' ')));
    try {
      const json = { 'content-type': 'application/json', ...from() };
      const bad = await app.request('/api/session', { method: 'POST', headers: json, body: JSON.stringify({ username: 'admin', password: 'wrong-secret-xyz' }) });
      expect(bad.status).toBe(401);
      const good = await app.request('/api/session', { method: 'POST', headers: json, body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }) });
      const cookie = cookieOf(good);
      const made = await app.request('/api/tokens', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: '{"label":"log test"}' });
      const { token } = (await made.json()) as { token: string };
      await app.request('/api/session', { headers: { authorization: `Bearer ${token}` } });
      await app.request('/api/tickets/QX7K-93MD?from=sms');
    } finally {
      spy.mockRestore();
    }
    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(log).toContain('/api/session');
    for (const secret of ['wrong-secret-xyz', ADMIN_PASSWORD, 'hentetid_session', 'QX7K', '93MD', 'sms']) {
      expect(log).not.toContain(secret);
    }
    expect(log).not.toMatch(/[A-Za-z0-9_-]{43}/);
  });
});
