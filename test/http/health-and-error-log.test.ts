import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loggableError } from '../../src/http/error-log';
import { openTarget } from '../support/target';

const logged = () => vi.mocked(console.error).mock.calls.map((call) => String(call[0]));

afterEach(() => vi.restoreAllMocks());

describe('/healthz', () => {
  it('answers 503 when the database answers reads but takes no write, and 200 again once it does', async () => {
    const target = await openTarget();
    try {
      vi.spyOn(console, 'error').mockImplementation(() => {});
      expect((await target.fetch('/healthz')).status).toBe(200);
      await target.services!.db.run(sql`pragma query_only = 1`);
      const refused = await target.fetch('/healthz');
      expect(refused.status).toBe(503);
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('storage_unavailable');
      expect(refused.headers.get('retry-after')).toBe('60');
      expect(logged().some((line) => line.includes('SQLITE_READONLY'))).toBe(true);
      await target.services!.db.run(sql`pragma query_only = 0`);
      expect((await target.fetch('/healthz')).status).toBe(200);
    } finally {
      await target.close();
    }
  });
});

describe('the log of an unexpected error', () => {
  it('names the class and the SQLite code of a failed query, never its parameters or SQL', async () => {
    const target = await openTarget();
    try {
      const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
      const secret = 'SECRET-NOTE-7Q2X';
      let caught: unknown;
      try {
        await target.services!.db.run(sql`insert into no_such_table (note) values (${secret})`);
      } catch (error) {
        caught = error;
      }
      // drizzle's message carries the SQL (and on some drivers the parameters too).
      expect(String((caught as Error).message)).toContain('no_such_table');
      const entry = loggableError(caught);
      expect(entry.class).toMatch(/Error$/);
      expect(JSON.stringify(entry)).not.toContain(secret);
      expect(JSON.stringify(entry)).not.toContain('no_such_table');

      // Through the app: a table gone under a page makes a 500 whose log line says only that.
      await target.services!.db.run(sql`drop table notices`);
      const page = await target.fetch('/');
      expect(page.status).toBe(500);
      const api = await target.fetch('/api/notices');
      expect(api.status).toBe(500);
      const lines = spy.mock.calls.map((call) => String(call[0]));
      expect(lines.length).toBeGreaterThanOrEqual(2);
      for (const line of lines) {
        const parsed = JSON.parse(line) as { level: string; error: { class: string; code?: string } };
        expect(parsed.level).toBe('error');
        expect(parsed.error.code).toBe('SQLITE_ERROR');
        expect(line, line).not.toMatch(/no such table|from .notices|params:|"message"/i);
      }
    } finally {
      await target.close();
    }
  });

  it('keeps only the SQLite code from a D1 message', () => {
    const d1 = new Error('D1_ERROR: UNIQUE constraint failed: tickets.code: SQLITE_CONSTRAINT (params: ABCD1234)');
    expect(loggableError(d1)).toMatchObject({ class: 'Error', code: 'SQLITE_CONSTRAINT' });
    expect(JSON.stringify(loggableError(d1))).not.toContain('ABCD1234');
  });
});
