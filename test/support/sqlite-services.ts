import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { openSqliteStore } from '../../src/adapters/node-sqlite';
import type { Services } from '../../src/services';

/**
 * The services on a fresh SQLite file in a temp folder, for tests of the db layer without HTTP.
 * `now` is read on every call, so a test can move its clock.
 */
export function sqliteServices(prefix: string, now: () => number = () => Date.parse('2026-03-01T09:00:00Z')) {
  const dir = mkdtempSync(join(tmpdir(), `hentetid-${prefix}-`));
  const file = join(dir, 'test.db');
  const store = openSqliteStore(file);
  const services: Services = {
    store,
    db: store.db,
    settings: { retentionDays: 14, auditDays: 90, demo: false, adminPassword: 'x', publicUrl: null, trustedProxies: [] },
    now,
  };
  let other: BetterSqlite3.Database | undefined;
  return {
    file,
    store,
    services,
    /** A second connection to the file, as another process would have it; closed with the rest. */
    otherProcess() {
      if (!other) {
        other = new BetterSqlite3(file);
        other.pragma('busy_timeout = 5000');
      }
      return other;
    },
    close() {
      other?.close();
      store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
