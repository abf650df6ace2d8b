import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { expectJson } from '../support/client';
import { useTarget } from '../support/use-target';

const { api } = useTarget();

const farAhead = DateTime.now().setZone('Europe/Oslo').plus({ years: 3, days: 2 }).toISODate()!;
// Wrong in every way a route could check: a date too far out for the public, a backwards range,
// nonsense flags, a path parameter no slug or code can be, and a body of the wrong shape.
const badQuery = `?date=${farAhead}&from=${farAhead}&to=2000-01-01&code=%00&dryRun=maybe&site=NOT%20A%20SLUG`;
const badBody = { date: '2026-02-30', count: -1, slug: 'x'.repeat(500), password: 1, role: 'emperor' };

type Operation = { security?: unknown[]; responses: Record<string, unknown> };

describe('an anonymous caller of an operation that needs a login', () => {
  it('gets 401 before anything it sent is validated, for every such operation in the OpenAPI document', async () => {
    const doc = await expectJson<{ paths: Record<string, Record<string, Operation>> }>(await api.get('/api/openapi.json'), 200);
    const answers: string[] = [];
    let checked = 0;
    for (const [template, operations] of Object.entries(doc.paths)) {
      const path = template.replace(/\{\w+\}/g, '%00not%20a%20thing');
      for (const [method, operation] of Object.entries(operations)) {
        if (!operation.security || !operation.responses['401']) continue;
        const body = method === 'get' || method === 'delete' ? undefined : badBody;
        const res = await api.request(method.toUpperCase(), path + badQuery, body);
        checked++;
        const code = res.status === 401 ? ((await res.json()) as { error: { code: string } }).error.code : await res.text();
        answers.push(`${method.toUpperCase()} ${template}: ${res.status} ${code}`);
      }
    }
    expect(checked).toBeGreaterThan(40);
    expect(answers.filter((answer) => !answer.endsWith(': 401 unauthorized'))).toEqual([]);
  });

  it('is sent to the login from a staff page, whatever dates it asked for', async () => {
    const res = await api.page(`/staff/tracing?code=ABCD-EFGH&from=${farAhead}&to=${farAhead}`);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toMatch(/^\/login\?next=/);
  });
});
