import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { useTarget } from '../support/use-target';

const { api, target } = useTarget();

describe('request bodies', () => {
  it('refuses a state-changing API request whose body is not JSON with 415, changing nothing', async () => {
    const cookie = await api.cookieFor('admin');
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', undefined]) {
      const res = await target.fetch('/api/sites', {
        method: 'POST',
        headers: { cookie, ...(type ? { 'content-type': type } : {}) },
        body: JSON.stringify({ slug: 'plain-text', name: 'Plain' }),
      });
      expect((await expectJson(res, 415)).error.code).toBe('unsupported_media_type');
    }
    const sites = await expectJson<{ slug: string }[]>(await api.get('/api/sites'), 200);
    expect(sites.map((s) => s.slug)).not.toContain('plain-text');
  });

  it('takes a JSON body with a charset, and a body-less state change', async () => {
    const cookie = await api.cookieFor('admin');
    const res = await target.fetch('/api/sites', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({ slug: 'with-charset', name: 'Charset' }),
    });
    await expectJson(res, 201);
    expect((await target.fetch('/api/session', { method: 'DELETE' })).status).toBe(204);
  });

  it('answers 413 with the error JSON for a body over 64 KiB, even anonymously, and for a form page', async () => {
    const big = JSON.stringify({ username: 'x'.repeat(70 * 1024), password: 'y' });
    const res = await target.fetch('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect((await expectJson(res, 413)).error.code).toBe('too_large');
    const form = await target.fetch('/login', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: target.origin },
      body: `username=admin&password=${'z'.repeat(70 * 1024)}`,
    });
    expect(form.status).toBe(413);
  });

  it('reads a body just under the limit as usual (here: a password too long for the schema)', async () => {
    const res = await target.fetch('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-client': 'just-under-limit' },
      body: JSON.stringify({ username: 'nobody-at-all', password: 'p'.repeat(60 * 1024) }),
    });
    expect((await expectJson(res, 400)).error.code).toBe('invalid_input');
  });
});
