import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { authenticate } from '../../src/http/authenticate';
import type { AppEnv } from '../../src/http/context';
import { pageRoutes } from '../../src/routes/pages';
import { expectJson, formBody } from '../support/client';
import { unique } from '../support/target';
import { onWorker, useTarget } from '../support/use-target';

// What every page answer carries and what every form route refuses, on both runtimes.
const { target, api } = useTarget();
const postForm = api.postForm.bind(api);

const oslo = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Oslo' });

describe('safe defaults on every page', () => {
  it('sends a CSP without inline script, no framing, no referrer and nosniff', async () => {
    const res = await target.fetch('/');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('sends the same security headers on every kind of page answer: a page, a redirect, an error page, a refused post, an asset', async () => {
    const html = await (await target.fetch('/')).text();
    const css = /href="(\/static\/app\.[a-z0-9]+\.css)"/.exec(html)![1]!;
    const answers = [
      await target.fetch('/'),
      await target.fetch('/t?code=abcd-efgh', { redirect: 'manual' }),
      await target.fetch('/t/ZZZZ-ZZZZ'),
      await target.fetch('/no-such-page'),
      await target.fetch('/admin', { headers: { cookie: await api.cookieFor('volunteer') } }),
      await postForm('/login', { username: 'admin', password: 'whatever' }, null, 'https://evil.example'),
      await target.fetch(css),
      // A page that sets a cookie, a page made on a form post, a staff page.
      await target.fetch('/?lang=en'),
      await postForm('/login', { username: 'admin', password: 'not-the-password' }, null),
      await target.fetch('/staff', { headers: { cookie: await api.cookieFor('staff') } }),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 303, 404, 404, 403, 403, 200, 200, 401, 200]);
    expect(answers[7]!.headers.get('set-cookie')).toContain('hentetid_lang=en');
    expect(answers[8]!.headers.get('content-type')).toBe('text/html; charset=UTF-8');
    expect(answers[9]!.headers.get('cache-control')).toBe('no-store');
    expect(answers[6]!.headers.get('content-type')).toContain('text/css');
    expect(answers[0]!.headers.get('vary')).toBe('Cookie, Accept-Language');
    for (const res of answers) {
      expect(res.headers.get('content-security-policy')).toBe(
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'",
      );
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('strict-transport-security')).toBe('max-age=15552000; includeSubDomains');
    }
  });

  it('refuses a form post from another site and logs nobody in', async () => {
    const res = await postForm('/login', { username: 'admin', password: 'whatever' }, null, 'https://evil.example');
    expect(res.status).toBe(403);
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('serves the stylesheet with a content hash and a year of caching', async () => {
    const html = await (await target.fetch('/')).text();
    const href = /href="(\/static\/app\.[a-z0-9]+\.css)"/.exec(html)?.[1];
    expect(href).toBeDefined();
    const css = await target.fetch(href!);
    expect(css.status).toBe(200);
    expect(css.headers.get('content-type')).toContain('text/css');
    expect(css.headers.get('cache-control')).toContain('immutable');
  });
});

describe('headers a page sets itself', () => {
  it('arrive: no-store on staff pages, the login form and a ticket', async () => {
    const staff = await target.fetch('/staff/notices', { headers: { cookie: await api.cookieFor('staff') } });
    expect(staff.status).toBe(200);
    expect(staff.headers.get('cache-control')).toBe('no-store');
    expect((await target.fetch('/login')).headers.get('cache-control')).toBe('no-store');
    expect((await target.fetch('/t/ZZZZZZZZ', { headers: { 'x-test-client': unique('addr') } })).headers.get('cache-control')).toBe('no-store');
    expect((await target.fetch('/')).headers.get('cache-control')).toBeNull();
  });

  it.skipIf(onWorker)('arrive from any page handler that calls c.header, beside the security headers', async () => {
    const pages = pageRoutes();
    pages.get('/probe', (c) => {
      c.header('Cache-Control', 'no-store');
      c.header('X-Probe', 'yes');
      return c.html('<p>probe</p>');
    });
    const app = new Hono<AppEnv>().use(authenticate(target.services!)).route('/', pages);
    const res = await app.request('/probe');
    expect(await res.text()).toBe('<p>probe</p>');
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-probe')).toBe('yes');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
  });
});

describe('forms from another site', () => {
  it('are refused on a page route with 403, changing nothing; the same form from this site works', async () => {
    const text = unique('Stengt');
    const fields = { site: '', nb: text, en: '', from: oslo(), to: oslo() };
    const noticeTexts = async () => ((await expectJson(await api.get('/api/notices'), 200)).notices as { text: { nb: string } }[]).map((n) => n.text.nb);
    const refused = await postForm('/staff/notices', fields, 'staff', 'https://evil.example');
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain('<html');
    expect(await noticeTexts()).not.toContain(text);
    const cookie = await api.cookieFor('staff');
    const noOrigin = await target.fetch('/staff/notices', { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: formBody(fields), redirect: 'manual' });
    expect(noOrigin.status).toBe(403);
    expect(await noticeTexts()).not.toContain(text);
    const accepted = await postForm('/staff/notices', fields, 'staff');
    expect(accepted.status).toBe(303);
    expect(await noticeTexts()).toContain(text);
  });

  it.skipIf(onWorker)('are refused on any form route added to the pages, before its handler runs', async () => {
    let handled = 0;
    const pages = pageRoutes();
    pages.post('/probe', (c) => {
      handled++;
      return c.text('done');
    });
    const app = new Hono<AppEnv>().use(authenticate(target.services!)).route('/', pages);
    const post = (origin: string) => app.request('/probe', { method: 'POST', headers: { origin, 'content-type': 'application/x-www-form-urlencoded' }, body: 'a=1' });
    expect((await post('https://evil.example')).status).toBe(403);
    expect(handled).toBe(0);
    expect((await post('http://localhost')).status).toBe(200);
    expect(handled).toBe(1);
  });
});
