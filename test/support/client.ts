import { checkReply } from './reply-check';
import type { Target } from './target';
import { ADMIN_PASSWORD, unique } from './target';

export type As = 'admin' | 'staff' | 'volunteer' | null;

/**
 * A small JSON client over a Target that logs in once per role and keeps the session cookies,
 * so tests read as the requests they make: `await api.post('/api/sites', body, 'admin')`.
 * Every successful answer of the JSON API is checked against the schema its route declares.
 */
export class ApiClient {
  private cookies = new Map<string, string>();
  constructor(readonly target: Target) {}

  async login(username: string, password: string): Promise<string> {
    const res = await this.target.fetch('/api/session', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (res.status !== 200) throw new Error(`login as ${username} failed: ${res.status} ${await res.text()}`);
    const cookie = res.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error('login gave no cookie');
    return cookie;
  }

  async cookieFor(role: Exclude<As, null>): Promise<string> {
    const known = this.cookies.get(role);
    if (known) return known;
    let cookie: string;
    if (role === 'admin') cookie = await this.login('admin', ADMIN_PASSWORD);
    else {
      const username = unique(role);
      const password = `${role}-password-123`;
      const created = await this.request('POST', '/api/users', { username, password, role }, 'admin');
      if (created.status !== 201) throw new Error(`creating ${role} failed: ${created.status} ${await created.text()}`);
      cookie = await this.login(username, password);
    }
    this.cookies.set(role, cookie);
    return cookie;
  }

  async request(method: string, path: string, body?: unknown, as: As = null, headers: Record<string, string> = {}) {
    const h: Record<string, string> = { ...headers };
    if (body !== undefined) h['content-type'] = 'application/json';
    if (as) h.cookie = await this.cookieFor(as);
    const res = await this.target.fetch(path, {
      method,
      headers: h,
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    await checkReply(method, path, res);
    return res;
  }

  /**
   * A new site (a unique slug) with one distribution `mat`, daily 10:00–11:00 in 15-minute slots
   * of 5 unless `dist` says otherwise; `base` is the distribution's API path.
   */
  async siteWithDistribution(dist: Record<string, unknown> = {}) {
    const site = unique('site');
    await expectJson(await this.post('/api/sites', { slug: site, name: 'Kafé' }, 'admin'), 201);
    const body = { slug: 'mat', name: 'Mat', rrule: 'FREQ=DAILY', startsOn: '2026-01-01', opens: '10:00', closes: '11:00', slotMinutes: 15, perSlot: 5, ...dist };
    await expectJson(await this.post(`/api/sites/${site}/distributions`, body, 'admin'), 201);
    return { site, base: `/api/sites/${site}/distributions/${body.slug}` };
  }

  /** A form post as a browser on `origin` (this site by default) sends it; a field may repeat. */
  async postForm(path: string, fields: Record<string, string | string[]>, as: As = null, origin = this.target.origin) {
    const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded', origin };
    if (as) headers.cookie = await this.cookieFor(as);
    return this.target.fetch(path, { method: 'POST', headers, body: formBody(fields), redirect: 'manual' });
  }

  /** A page as the role sees it, redirects not followed. */
  async page(path: string, as: As = null) {
    return this.target.fetch(path, { headers: as ? { cookie: await this.cookieFor(as) } : {}, redirect: 'manual' });
  }

  get = (path: string, as: As = null, headers?: Record<string, string>) => this.request('GET', path, undefined, as, headers);
  post = (path: string, body: unknown, as: As = null, headers?: Record<string, string>) => this.request('POST', path, body, as, headers);
  patch = (path: string, body: unknown, as: As = null) => this.request('PATCH', path, body, as);
  delete = (path: string, as: As = null) => this.request('DELETE', path, undefined, as);
}

/** Reads a JSON response, failing the test with the body when the status is not the one expected. */
export async function expectJson<T = any>(res: Response, status: number): Promise<T> {
  const text = await res.text();
  if (res.status !== status) throw new Error(`expected ${status}, got ${res.status}: ${text}`);
  return (text ? JSON.parse(text) : null) as T;
}

/** Form fields as `application/x-www-form-urlencoded`, a field given as a list repeated. */
export function formBody(fields: Record<string, string | string[]>): string {
  const body = new URLSearchParams();
  for (const [name, value] of Object.entries(fields)) for (const one of [value].flat()) body.append(name, one);
  return body.toString();
}
