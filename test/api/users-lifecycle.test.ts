import { describe, expect, it } from 'vitest';
import { ApiClient, expectJson } from '../support/client';
import { openTarget, unique, type Target } from '../support/target';
import { useTarget, onWorker } from '../support/use-target';

const { target, api } = useTarget();
const password = 'a-long-password-1';

function login(t: Target, username: string, pw: string) {
  return t.fetch('/api/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-test-client': unique('addr') },
    body: JSON.stringify({ username, password: pw }),
  });
}

/** A user with a session cookie and an API token, as someone working and running a script. */
async function person(role: 'staff' | 'volunteer' | 'admin' = 'staff', t: Target = target, client: ApiClient = api) {
  const username = unique(role);
  await expectJson(await client.post('/api/users', { username, password, role }, 'admin'), 201);
  const res = await login(t, username, password);
  await expectJson(res, 200);
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!;
  const issued = await expectJson(await t.fetch('/api/tokens', { method: 'POST', headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify({ label: 'nightly' }) }), 201);
  return { username, cookie, token: issued.token as string, tokenId: issued.id as string };
}

const who = (t: Target, headers: Record<string, string>) => t.fetch('/api/session', { headers });
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

async function auditFor(target: string) {
  const entries = await expectJson<{ user: string | null; action: string; target: string }[]>(await api.get('/api/audit', 'admin'), 200);
  return entries.filter((e) => e.target === target || e.target.startsWith(`${target}`)).map((e) => e.action);
}

describe("an admin resets a user's password", () => {
  it("ends the user's sessions and tokens at once; only the new password logs in", async () => {
    const p = await person();
    const reset = await api.post(`/api/users/${p.username}/password`, { password: 'brand-new-password-2' }, 'admin');
    expect(await expectJson(reset, 200)).toEqual({ username: p.username, role: 'staff', disabledAt: null });
    await expectJson(await who(target, { cookie: p.cookie }), 401);
    await expectJson(await who(target, bearer(p.token)), 401);
    await expectJson(await login(target, p.username, password), 401);
    await expectJson(await login(target, p.username, 'brand-new-password-2'), 200);
    expect(await auditFor(p.username)).toContain('user_password_reset');
  });

  it('refuses a short password and an unknown user, and is for admins only', async () => {
    const p = await person();
    await expectJson(await api.post(`/api/users/${p.username}/password`, { password: 'short' }, 'admin'), 400);
    await expectJson(await api.post(`/api/users/${unique('ghost')}/password`, { password }, 'admin'), 404);
    await expectJson(await api.post(`/api/users/${p.username}/password`, { password: 'brand-new-password-2' }, 'staff'), 403);
    await expectJson(await who(target, { cookie: p.cookie }), 200);
  });
});

describe('disabling a user', () => {
  it('ends sessions and tokens, refuses the login like a wrong password, and lists the user as disabled', async () => {
    const p = await person();
    const disabled = await expectJson(await api.post(`/api/users/${p.username}/disable`, {}, 'admin'), 200);
    expect(disabled.disabledAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    await expectJson(await who(target, { cookie: p.cookie }), 401);
    await expectJson(await who(target, bearer(p.token)), 401);
    const refused = await expectJson(await login(target, p.username, password), 401);
    expect(refused.error.code).toBe('invalid_credentials');
    const list = await expectJson<{ username: string; disabledAt: string | null }[]>(await api.get('/api/users', 'admin'), 200);
    expect(list.find((u) => u.username === p.username)?.disabledAt).toBe(disabled.disabledAt);
  });

  it('can be undone: enabled again, the user logs in', async () => {
    const p = await person('volunteer');
    await expectJson(await api.post(`/api/users/${p.username}/disable`, {}, 'admin'), 200);
    expect((await expectJson(await api.post(`/api/users/${p.username}/enable`, {}, 'admin'), 200)).disabledAt).toBeNull();
    await expectJson(await login(target, p.username, password), 200);
    expect(await auditFor(p.username)).toEqual(expect.arrayContaining(['user_disabled', 'user_enabled']));
  });

  it('counts a disabled login against the address like a wrong password', async () => {
    const p = await person('volunteer');
    await expectJson(await api.post(`/api/users/${p.username}/disable`, {}, 'admin'), 200);
    const address = unique('addr');
    const attempt = () =>
      target.fetch('/api/session', { method: 'POST', headers: { 'content-type': 'application/json', 'x-test-client': address }, body: JSON.stringify({ username: p.username, password }) });
    // Five misses on one username from one address hold that pair, as a wrong password would.
    for (let i = 0; i < 5; i++) await expectJson(await attempt(), 401);
    await expectJson(await attempt(), 429);
  });
});

describe('removing a user', () => {
  it('deletes the user with their sessions and tokens, and records it', async () => {
    const p = await person();
    expect((await api.delete(`/api/users/${p.username}`, 'admin')).status).toBe(204);
    await expectJson(await who(target, bearer(p.token)), 401);
    await expectJson(await api.get(`/api/users/${p.username}/tokens`, 'admin'), 404);
    expect(await auditFor(p.username)).toEqual(expect.arrayContaining(['user_created', 'user_removed']));
  });
});

describe('the audit log names users unambiguously', () => {
  it('records a role change with the old role and the new', async () => {
    const p = await person('volunteer');
    await expectJson(await api.patch(`/api/users/${p.username}`, { role: 'staff' }, 'admin'), 200);
    const entries = await expectJson<{ action: string; target: string }[]>(await api.get('/api/audit', 'admin'), 200);
    expect(entries.filter((e) => e.action === 'user_role_changed' && e.target.startsWith(p.username)).map((e) => e.target)).toEqual([`${p.username}: volunteer → staff`]);
  });

  it('keeps a removed username out of use while the log still names that user', async () => {
    const p = await person();
    expect((await api.delete(`/api/users/${p.username}`, 'admin')).status).toBe(204);
    const again = await expectJson(await api.post('/api/users', { username: p.username, password, role: 'admin' }, 'admin'), 409);
    expect(again.error.code).toBe('duplicate_username');
    expect(again.error.message).toMatch(/removed user .* can be used again from \d{4}-\d{2}-\d{2}/);
    await expectJson(await api.get(`/api/users/${p.username}/tokens`, 'admin'), 404);
  });
});

describe('changing one’s own password', () => {
  it('needs the current password, ends the other sessions and tokens and keeps this one', async () => {
    const p = await person('volunteer');
    const other = (await login(target, p.username, password)).headers.get('set-cookie')!.split(';')[0]!;
    const change = (body: unknown) => target.fetch('/api/session/password', { method: 'POST', headers: { cookie: p.cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const wrong = await expectJson(await change({ currentPassword: 'not-my-password', newPassword: 'my-new-password-3' }), 400);
    expect(wrong.error.code).toBe('wrong_password');
    await expectJson(await change({ currentPassword: password, newPassword: 'short' }), 400);
    await expectJson(await who(target, { cookie: other }), 200);

    expect((await change({ currentPassword: password, newPassword: 'my-new-password-3' })).status).toBe(204);
    await expectJson(await who(target, { cookie: other }), 401);
    await expectJson(await who(target, bearer(p.token)), 401);
    await expectJson(await who(target, { cookie: p.cookie }), 200);
    await expectJson(await login(target, p.username, 'my-new-password-3'), 200);
    const entries = await expectJson<{ user: string; action: string }[]>(await api.get('/api/audit', 'admin'), 200);
    expect(entries).toContainEqual(expect.objectContaining({ user: p.username, action: 'own_password_changed' }));
  });

  it('needs a login', async () => {
    await expectJson(await api.post('/api/session/password', { currentPassword: password, newPassword: 'my-new-password-3' }), 401);
  });
});

describe('API tokens', () => {
  it('are listed with label, creation and last use, by their owner and by admins', async () => {
    const p = await person('volunteer');
    const own = () => target.fetch('/api/tokens', { headers: { cookie: p.cookie } });
    const [before] = await expectJson(await own(), 200);
    expect(before).toMatchObject({ id: p.tokenId, username: p.username, label: 'nightly', lastUsedAt: null });
    expect(JSON.stringify(before)).not.toContain(p.token);
    await expectJson(await who(target, bearer(p.token)), 200);
    const [after] = await expectJson(await own(), 200);
    expect(after.lastUsedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    const seen = await expectJson(await api.get(`/api/users/${p.username}/tokens`, 'admin'), 200);
    expect(seen).toEqual([after]);
    await expectJson(await api.get(`/api/users/${p.username}/tokens`, 'staff'), 403);
  });

  it('are revoked by their owner; someone else’s are not found; an admin revokes any', async () => {
    const p = await person('volunteer');
    const q = await person('volunteer');
    const revoke = (id: string, cookie: string) => target.fetch(`/api/tokens/${id}`, { method: 'DELETE', headers: { cookie } });
    await expectJson(await revoke(q.tokenId, p.cookie), 404);
    await expectJson(await who(target, bearer(q.token)), 200);
    expect((await revoke(p.tokenId, p.cookie)).status).toBe(204);
    await expectJson(await who(target, bearer(p.token)), 401);
    await expectJson(await revoke(p.tokenId, p.cookie), 404);
    expect((await api.delete(`/api/tokens/${q.tokenId}`, 'admin')).status).toBe(204);
    await expectJson(await who(target, bearer(q.token)), 401);
    await expectJson(await api.delete('/api/tokens/not-an-id', 'admin'), 400);
    const entries = await expectJson<{ action: string; target: string }[]>(await api.get('/api/audit', 'admin'), 200);
    expect(entries.filter((e) => e.action === 'token_revoked').map((e) => e.target)).toEqual(expect.arrayContaining([p.tokenId, q.tokenId]));
    expect(entries.filter((e) => e.action === 'token_created').map((e) => e.target)).toEqual(expect.arrayContaining([p.tokenId, q.tokenId]));
  });
});

// On the worker other test files share the database (its admins and its clock), so these run on Node.
describe.skipIf(onWorker)('the last active admin', () => {
  it('can be neither disabled nor removed; a disabled admin does not count', async () => {
    const fresh = await openTarget();
    try {
      const client = new ApiClient(fresh);
      expect((await expectJson(await client.post('/api/users/admin/disable', {}, 'admin'), 409)).error.code).toBe('last_admin');
      expect((await expectJson(await client.delete('/api/users/admin', 'admin'), 409)).error.code).toBe('last_admin');
      const deputy = await person('admin', fresh, client);
      await expectJson(await client.post(`/api/users/${deputy.username}/disable`, {}, 'admin'), 200);
      await expectJson(await client.post('/api/users/admin/disable', {}, 'admin'), 409);
      await expectJson(await client.patch('/api/users/admin', { role: 'staff' }, 'admin'), 409);
      // A disabled admin may go: the active one remains.
      expect((await client.delete(`/api/users/${deputy.username}`, 'admin')).status).toBe(204);
      await expectJson(await client.get('/api/users', 'admin'), 200);
    } finally {
      await fresh.close();
    }
  });

  it('survives two admins disabling each other at once: exactly one succeeds', async () => {
    const fresh = await openTarget();
    try {
      const client = new ApiClient(fresh);
      const other = await person('admin', fresh, client);
      // Both admins act at the same moment.
      const [a, b] = await Promise.all([
        fresh.fetch(`/api/users/${other.username}/disable`, { method: 'POST', headers: { cookie: await client.cookieFor('admin') } }),
        fresh.fetch('/api/users/admin/disable', { method: 'POST', headers: { cookie: other.cookie } }),
      ]);
      // The loser is refused as the last admin (409), or, when the winner's write came first, its
      // own login no longer counts (401): either way exactly one succeeds.
      const [won, lost] = a.status === 200 ? [a, b] : [b, a];
      expect(won.status).toBe(200);
      expect([401, 409]).toContain(lost.status);
      const active = (await expectJson<{ role: string; disabledAt: string | null }[]>(await fresh.fetch('/api/users', { headers: { cookie: a.status === 200 ? await client.cookieFor('admin') : other.cookie } }), 200)).filter(
        (u) => u.role === 'admin' && u.disabledAt === null,
      );
      expect(active).toHaveLength(1);
    } finally {
      await fresh.close();
    }
  });

  it('notes a token’s use at most once a minute', async () => {
    let clock = Date.parse('2026-11-30T10:00:00Z');
    const fresh = await openTarget({ now: () => clock });
    try {
      const client = new ApiClient(fresh);
      const p = await person('volunteer', fresh, client);
      const lastUse = async () => (await expectJson(await fresh.fetch('/api/tokens', { headers: { cookie: p.cookie } }), 200))[0].lastUsedAt;
      await expectJson(await who(fresh, bearer(p.token)), 200);
      expect(await lastUse()).toBe('2026-11-30T10:00:00.000Z');
      clock += 59_000;
      await expectJson(await who(fresh, bearer(p.token)), 200);
      expect(await lastUse()).toBe('2026-11-30T10:00:00.000Z');
      clock += 1_000;
      await expectJson(await who(fresh, bearer(p.token)), 200);
      expect(await lastUse()).toBe('2026-11-30T10:01:00.000Z');
    } finally {
      await fresh.close();
    }
  });
});
