import { describe, expect, it } from 'vitest';
import { ApiClient, expectJson, type As } from '../support/client';
import { openTarget, unique, type Target } from '../support/target';
import { useTarget, onWorker } from '../support/use-target';

// The users' lifecycle and one's own account through the forms, proved through the JSON API.
const { target, api } = useTarget();
const password = 'a-long-password-1';

async function postForm(path: string, fields: Record<string, string>, cookie: string, t: Target = target) {
  return t.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: t.origin, cookie },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  });
}

const as = (role: Exclude<As, null>) => api.cookieFor(role);

async function loginCookie(username: string, pw = password) {
  const res = await target.fetch('/api/session', { method: 'POST', headers: { 'content-type': 'application/json', 'x-test-client': unique('addr') }, body: JSON.stringify({ username, password: pw }) });
  await expectJson(res, 200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function newUser(role: 'staff' | 'volunteer' = 'volunteer') {
  const username = unique(role);
  await expectJson(await api.post('/api/users', { username, password, role }, 'admin'), 201);
  return { username, cookie: await loginCookie(username) };
}

const who = (cookie: string) => target.fetch('/api/session', { headers: { cookie } });

/** The tag of the element with this id, to read its attributes. */
function tagWithId(html: string, id: string) {
  const at = html.indexOf(`id="${id}"`);
  expect(at).toBeGreaterThan(-1);
  return html.slice(html.lastIndexOf('<', at), html.indexOf('>', at) + 1);
}

describe('/admin/users', () => {
  it('is linked from /admin and the navigation, for admins only', async () => {
    const admin = await (await target.fetch('/admin', { headers: { cookie: await as('admin') } })).text();
    expect(admin).toContain('href="/admin/users"');
    expect((await target.fetch('/admin/users', { headers: { cookie: await as('staff') } })).status).toBe(403);
    expect((await target.fetch('/admin/users', { headers: { cookie: await as('admin') } })).status).toBe(200);
  });

  it('creates a user; a refused form comes back with the typed values and the message at its field', async () => {
    const username = unique('new');
    const short = await postForm('/admin/users', { username, password: 'short', role: 'staff' }, await as('admin'));
    expect(short.status).toBe(400);
    const html = await short.text();
    expect(tagWithId(html, 'u-name')).toContain(`value="${username}"`);
    expect(tagWithId(html, 'u-password')).toContain('aria-invalid="true"');
    expect(tagWithId(html, 'u-password')).toContain('aria-describedby="u-password-error"');
    expect(html).toContain('id="u-password-error"');
    expect(tagWithId(html, 'u-name')).not.toContain('aria-invalid');

    const created = await postForm('/admin/users', { username, password, role: 'staff' }, await as('admin'));
    expect(created.status).toBe(303);
    await loginCookie(username);
    const taken = await postForm('/admin/users', { username, password, role: 'staff' }, await as('admin'));
    expect(taken.status).toBe(409);
    expect(tagWithId(await taken.text(), 'u-name')).toContain('aria-invalid="true"');
  });

  it('disables, enables, resets the password of and removes a user', async () => {
    const p = await newUser();
    const base = `/admin/users/${p.username}`;
    expect((await postForm(`${base}/disable`, {}, await as('admin'))).status).toBe(303);
    await expectJson(await who(p.cookie), 401);
    const listed = await (await target.fetch('/admin/users', { headers: { cookie: await as('admin') } })).text();
    expect(listed).toContain(`action="${base}/enable"`);
    expect((await postForm(`${base}/enable`, {}, await as('admin'))).status).toBe(303);
    const again = await loginCookie(p.username);

    const refused = await postForm(`${base}/password`, { password: 'short' }, await as('admin'));
    expect(refused.status).toBe(400);
    expect(tagWithId(await refused.text(), `pw-${p.username}`)).toContain('aria-invalid="true"');
    expect((await postForm(`${base}/password`, { password: 'reset-password-4' }, await as('admin'))).status).toBe(303);
    await expectJson(await who(again), 401);
    await loginCookie(p.username, 'reset-password-4');

    expect((await postForm(`${base}/remove`, {}, await as('admin'))).status).toBe(303);
    const users = await expectJson<{ username: string }[]>(await api.get('/api/users', 'admin'), 200);
    expect(users.map((u) => u.username)).not.toContain(p.username);
  });

  it('lists every API token with its last use, and revokes one', async () => {
    const p = await newUser();
    const issued = await expectJson(await target.fetch('/api/tokens', { method: 'POST', headers: { cookie: p.cookie, 'content-type': 'application/json' }, body: JSON.stringify({ label: 'backup' }) }), 201);
    const listed = await (await target.fetch('/admin/users', { headers: { cookie: await as('admin') } })).text();
    expect(listed).toContain(`data-token="${issued.id}"`);
    expect((await postForm(`/admin/users/tokens/${issued.id}/revoke`, {}, await as('admin'))).status).toBe(303);
    await expectJson(await target.fetch('/api/session', { headers: { authorization: `Bearer ${issued.token}` } }), 401);
  });
});

describe.skipIf(onWorker)('/admin/users and the last admin', () => {
  it('refuses to disable the last active admin, with the message in the row', async () => {
    const fresh = await openTarget();
    try {
      const cookie = await new ApiClient(fresh).cookieFor('admin');
      const res = await postForm('/admin/users/admin/disable', {}, cookie, fresh);
      expect(res.status).toBe(409);
      expect(await res.text()).toContain('id="state-admin-error"');
      expect((await fresh.fetch('/api/session', { headers: { cookie } })).status).toBe(200);
    } finally {
      await fresh.close();
    }
  });
});

describe('/account', () => {
  it('is in every role’s navigation', async () => {
    const html = await (await target.fetch('/volunteer', { headers: { cookie: await as('volunteer') } })).text();
    expect(html).toContain('href="/account"');
  });

  it('changes one’s own password: the current one is checked, other sessions end, this one stays', async () => {
    const p = await newUser();
    const other = await loginCookie(p.username);
    const wrong = await postForm('/account/password', { currentPassword: 'nope-nope-nope', newPassword: 'new-password-55' }, p.cookie);
    expect(wrong.status).toBe(400);
    const html = await wrong.text();
    expect(tagWithId(html, 'current-password')).toContain('aria-invalid="true"');
    expect(tagWithId(html, 'new-password')).not.toContain('aria-invalid');
    await expectJson(await who(other), 200);

    const done = await postForm('/account/password', { currentPassword: password, newPassword: 'new-password-55' }, p.cookie);
    expect(done.status).toBe(303);
    await expectJson(await who(other), 401);
    await expectJson(await who(p.cookie), 200);
  });

  it('makes a token shown once, lists it and revokes it', async () => {
    const p = await newUser();
    const made = await postForm('/account/tokens', { label: 'laptop' }, p.cookie);
    expect(made.status).toBe(201);
    expect(made.headers.get('cache-control')).toContain('no-store');
    const token = /<code class="code-text">([A-Za-z0-9_-]+)<\/code>/.exec(await made.text())![1]!;
    await expectJson(await target.fetch('/api/session', { headers: { authorization: `Bearer ${token}` } }), 200);
    const [listed] = await expectJson(await target.fetch('/api/tokens', { headers: { cookie: p.cookie } }), 200);
    expect((await postForm(`/account/tokens/${listed.id}/revoke`, {}, p.cookie)).status).toBe(303);
    await expectJson(await target.fetch('/api/session', { headers: { authorization: `Bearer ${token}` } }), 401);
  });
});
