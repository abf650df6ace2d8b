import { createRoute, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { apiApp, json } from '../../src/http/openapi';
import { apiRoutes } from '../../src/routes';
import { expectJson } from '../support/client';
import { operationsOf, replyProblem } from '../support/reply-check';
import { useTarget } from '../support/use-target';

const { api } = useTarget();

describe('the OpenAPI document', () => {
  it('gives every operation a 2xx reply, with a schema (JSON, or the CSV text) unless it is a 204', async () => {
    const doc = await expectJson(await api.get('/api/openapi.json'), 200);
    const missing: string[] = [];
    let operations = 0;
    for (const [path, item] of Object.entries<Record<string, any>>(doc.paths)) {
      for (const [method, operation] of Object.entries<any>(item)) {
        operations++;
        const success = Object.keys(operation.responses).filter((s) => s.startsWith('2'));
        if (success.length === 0) missing.push(`${method} ${path}: no 2xx reply`);
        for (const status of success) {
          if (status !== '204' && !Object.values<any>(operation.responses[status].content ?? {})[0]?.schema) missing.push(`${method} ${path}: no schema for ${status}`);
        }
        if ((method === 'post' || method === 'patch') && !operation.requestBody?.content?.['application/json']?.schema) missing.push(`${method} ${path}: no request schema`);
        if (!/^Role: /.test(operation.description ?? '')) missing.push(`${method} ${path}: no role in the description`);
      }
    }
    expect(missing).toEqual([]);
    expect(operations).toBeGreaterThan(50);
  });

  it('documents every route the API serves, and nothing it does not', async () => {
    const doc = await expectJson(await api.get('/api/openapi.json'), 200);
    const documented = Object.entries<Record<string, unknown>>(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
    const served = new Set(
      apiRoutes()
        .routes.filter((r) => r.method !== 'ALL' && r.path !== '/openapi.json')
        .map((r) => `${r.method} /api${r.path.replace(/:(\w+)/g, '{$1}')}`),
    );
    expect(documented.sort()).toEqual([...served].sort());
  });

  it('names the ways to log in and asks for one on guarded operations', async () => {
    const doc = await expectJson(await api.get('/api/openapi.json'), 200);
    expect(doc.components.securitySchemes).toEqual({
      cookie: expect.objectContaining({ type: 'apiKey', in: 'cookie', name: 'hentetid_session' }),
      bearer: expect.objectContaining({ type: 'http', scheme: 'bearer' }),
    });
    expect(doc.paths['/api/sites'].post.security).toEqual([{ cookie: [] }, { bearer: [] }]);
    expect(doc.paths['/api/sites'].post.description).toContain('admin');
    expect(doc.paths['/api/sites'].get.security).toBeUndefined();
    expect(doc.paths['/api/sites'].post.responses['400'].content['application/json'].schema.properties.error.required).toEqual(['code', 'message']);
  });
});

describe('the check of each answer against its schema', () => {
  const operations = operationsOf(apiRoutes(), '/api');

  it('accepts an answer in the documented shape', () => {
    expect(replyProblem(operations, 'GET', '/api/sites', 200, [{ slug: 'a', name: 'A', address: '', timezone: 'Europe/Oslo' }])).toBeNull();
  });

  it('refuses a wrong type, a missing field and a field the schema does not have', () => {
    expect(replyProblem(operations, 'GET', '/api/sites', 200, [{ slug: 1, name: 'A', address: '', timezone: 'Europe/Oslo' }])).toMatch(/0\.slug/);
    expect(replyProblem(operations, 'GET', '/api/sites/x', 200, { slug: 'a', name: 'A', timezone: 'Europe/Oslo' })).toMatch(/address/);
    const withNote = { code: 'AAAA-AAAA', start: 's', end: 'e', status: 'booked' };
    expect(replyProblem(operations, 'POST', '/api/sites/s/distributions/d/tickets', 201, { tickets: [{ ...withNote, note: 'x' }] })).toMatch(/note/);
  });

  it('refuses an undocumented status or operation', () => {
    expect(replyProblem(operations, 'POST', '/api/sites', 200, {})).toMatch(/does not document/);
    expect(replyProblem(operations, 'GET', '/api/nowhere', 200, {})).toMatch(/not a documented operation/);
  });

  it('takes /api/bike-stops/schedule for its own operation, not a stop called "schedule"', () => {
    expect(replyProblem(operations, 'GET', '/api/bike-stops/schedule?from=2026-01-01', 200, { from: '2026-01-01', to: '2026-01-07', occurrences: [] })).toBeNull();
  });

  it('catches a handler whose answer drifted from its declared schema', async () => {
    const route = createRoute({ method: 'get', path: '/count', responses: { 200: json(z.object({ n: z.int() }), 'A count') } });
    // The cast stands for a drift the type checker would not see (a value from a database driver, say).
    const drifted = apiApp().openapi(route, (c) => c.json({ n: 'seven' as unknown as number }, 200));
    const res = await drifted.request('/count');
    expect(replyProblem(operationsOf(drifted, ''), 'GET', '/count', res.status, await res.json())).toMatch(/n: /);
  });
});
