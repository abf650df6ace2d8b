import { describe, expect, it } from 'vitest';
import { useTarget } from '../support/use-target';

const { api, target } = useTarget();

describe('caching of API answers', () => {
  it('is forbidden for lists, look-ups and errors, logged in or not', async () => {
    const cookie = await api.cookieFor('staff');
    for (const [path, headers] of [
      ['/api/sites', {}],
      ['/api/notices', {}],
      ['/api/bike-stops/schedule', {}],
      ['/api/tickets/ZZZZ-ZZZZ', { 'x-test-client': 'cache-control-test' }],
      ['/api/notices/upcoming', { cookie }],
      ['/api/no-such-route', {}],
    ] as const) {
      const res = await target.fetch(path, { headers });
      expect(res.headers.get('cache-control'), `${path} (${res.status})`).toBe('no-store');
    }
  });
});
