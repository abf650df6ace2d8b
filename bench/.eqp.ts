import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../src/adapters/node-sqlite';
const file = join(mkdtempSync(join(tmpdir(), 'hb-')), 'b.db');
openSqliteStore(file).close();
const db = new Database(file);
for (const q of [
  `select slot_start, count(*) from tickets where distribution_id = 1 and date = '2026-01-01' and status <> 'cancelled' group by slot_start`,
  `select id, code from tickets where distribution_id in (1,2) and date = '2026-01-01' order by slot_start, id`,
  `select count(*) from tickets t where t.distribution_id = 1 and t.slot_start = 5 and t.status <> 'cancelled'`,
]) console.log(q, '\n ', db.prepare('explain query plan ' + q).all().map((r: any) => r.detail).join(' | '));
