import { sql } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { openD1Store } from '../../src/adapters/d1';
import worker from '../../src/worker';
import { useLocalWorker } from '../support/local-worker';

/**
 * On D1 drizzle's error message repeats the SQL with its parameters; the Worker's log must carry
 * neither. The Worker entry is called with a workerd-backed local D1, one of whose tables is gone.
 */
describe('the log of an unexpected error on D1', () => {
  const local = useLocalWorker('errlog', { HENTETID_ADMIN_PASSWORD: 'errlog-password' });

  it('names the class and the SQLite code only, on the API and on a page', async () => {
    expect((await worker.fetch(new Request('http://hentetid.test/healthz'), local.env, local.ctx)).status).toBe(200);
    const { db } = openD1Store(local.DB);
    await db.run(sql`drop table notices`);
    await db.run(sql`drop table tickets`);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const code = 'KQ2M9XDA';
      expect((await worker.fetch(new Request('http://hentetid.test/api/notices'), local.env, local.ctx)).status).toBe(500);
      // A ticket look-up's query names the code as a parameter.
      expect((await worker.fetch(new Request(`http://hentetid.test/api/tickets/${code}`), local.env, local.ctx)).status).toBe(500);
      expect((await worker.fetch(new Request('http://hentetid.test/'), local.env, local.ctx)).status).toBe(500);
      const lines = spy.mock.calls.map((call) => String(call[0]));
      expect(lines.length).toBeGreaterThanOrEqual(3);
      for (const line of lines) {
        const parsed = JSON.parse(line) as { error: { class: string; code?: string } };
        expect(parsed.error.code, line).toBe('SQLITE_ERROR');
        expect(line).not.toMatch(/no such table|from .notices|params:|"message"/i);
        expect(line).not.toContain(code);
      }
    } finally {
      spy.mockRestore();
    }
  });
});
