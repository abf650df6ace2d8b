import Database from 'better-sqlite3';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../src/adapters/node-sqlite';
const file = join(mkdtempSync(join(tmpdir(), 'hb-')), 'b.db');
openSqliteStore(file).close();
const db = new Database(file);
db.pragma('journal_mode = WAL'); db.pragma('synchronous = NORMAL');
db.exec(`insert into sites (slug, name, address, timezone, created_at) values ('s','S','', 'Europe/Oslo', 0);
insert into distributions (site_id, slug, name, rrule, starts_on, opens, closes, slot_minutes, per_slot) values (1,'d','D','FREQ=DAILY','2026-01-01','08:00','20:00',15,50);`);
let day = 0;
const slotsOf = (d: number) => Array.from({ length: 48 }, (_, k) => [1800000000000 + d * 86400000 + k * 900000, 1800000000000 + d * 86400000 + (k + 1) * 900000]);
const slots = slotsOf(0);
const valuesOf = (d: number) => slotsOf(d).map(([a, b]) => `(${a}, ${b})`).join(', ');
const values = valuesOf(0);
const load = `(select count(*) from tickets t where t.distribution_id = 1 and t.slot_start = c.column1 and t.status <> 'cancelled')`;
const text = `insert into tickets (code, distribution_id, date, slot_start, slot_end, status, note, issued_at, updated_at)
  select ?, 1, ?, c.column1, c.column2, 'booked', null, 0, 0 from (values ${values}) as c
  where ${load} < (select per_slot from distributions where id = 1) order by ${load} asc, c.column1 asc limit 1 returning *`;
let n = 0;
const code = () => 'C' + String(n++).padStart(7, '0');
const time = (name: string, f: () => void, N = 3000) => { const t = performance.now(); for (let i = 0; i < N; i++) f(); console.log(name, (((performance.now() - t) / N) * 1000).toFixed(1), 'µs'); };
time('prepare only', () => db.prepare(text));
time('prepare + run (varying days)', () => db.prepare(text.replace(values, valuesOf(++day % 300))).all(code(), 'x'));
const st = db.prepare(text);
time('prepared run (one day, fills)', () => st.all(code(), 'x'), 1000);
const plain = db.prepare(`insert into tickets (code, distribution_id, date, slot_start, slot_end, status, note, issued_at, updated_at) values (?, 1, ?, ?, ?, 'booked', null, 0, 0) returning *`);
time('plain insert', () => { const sl = slotsOf(400 + (n % 300))[n % 48]!; plain.all(code(), 'x', sl[0], sl[1]); });
const json = db.prepare(`insert into tickets (code, distribution_id, date, slot_start, slot_end, status, note, issued_at, updated_at)
  select ?, 1, ?, json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]'), 'booked', null, 0, 0 from json_each(?) as c
  where (select count(*) from tickets t where t.distribution_id = 1 and t.slot_start = json_extract(c.value, '$[0]') and t.status <> 'cancelled') < (select per_slot from distributions where id = 1)
  order by (select count(*) from tickets t where t.distribution_id = 1 and t.slot_start = json_extract(c.value, '$[0]') and t.status <> 'cancelled') asc, c.key asc limit 1 returning *`);
time('json_each prepared run', () => json.all(code(), 'x', JSON.stringify(slotsOf(800 + (++day % 300)))));
const sel = db.prepare(`select * from sites where slug = ?`);
time('point select', () => sel.get('s'), 20000);
const grouped = db.prepare(`insert into tickets (code, distribution_id, date, slot_start, slot_end, status, note, issued_at, updated_at)
  select @code, 1, @date, json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]'), 'booked', null, 0, 0
  from json_each(@json) as c
  left join (select slot_start, count(*) as n from tickets where distribution_id = 1 and date = @date and status <> 'cancelled' group by slot_start) as l
    on l.slot_start = json_extract(c.value, '$[0]')
  where coalesce(l.n, 0) < (select per_slot from distributions where id = 1)
  order by coalesce(l.n, 0) asc, c.key asc limit 1 returning *`);

const cte = db.prepare(`with c as materialized (select json_extract(value, '$[0]') as s, json_extract(value, '$[1]') as e,
  (select count(*) from tickets t where t.distribution_id = 1 and t.slot_start = json_extract(value, '$[0]') and t.status <> 'cancelled') as n from json_each(@json))
  insert into tickets (code, distribution_id, date, slot_start, slot_end, status, note, issued_at, updated_at)
  select @code, 1, @date, s, e, 'booked', null, 0, 0 from c
  where n < (select per_slot from distributions where id = 1)
  order by n asc, s asc limit 1 returning *`);
time('cte prepared run', () => { const dd = 1600 + (++day % 300); cte.all({ code: code(), date: 'd' + dd, json: JSON.stringify(slotsOf(dd)) }); });
const sel2 = db.prepare(`select slot_start, count(*) as n from tickets where distribution_id = 1 and date = ? and status <> 'cancelled' group by slot_start`);

time('plain insert again', () => { const sl = slotsOf(2000 + (n % 300))[n % 48]!; plain.all(code(), 'x', sl[0], sl[1]); });
db.pragma('synchronous = OFF');
time('plain insert sync off', () => { const sl = slotsOf(2400 + (n % 300))[n % 48]!; plain.all(code(), 'x', sl[0], sl[1]); });
const ranged = db.prepare(`insert into tickets (code, distribution_id, date, slot_start, slot_end, status, note, issued_at, updated_at)
  select @code, 1, @date, json_extract(c.value, '$[0]'), json_extract(c.value, '$[1]'), 'booked', null, 0, 0
  from json_each(@json) as c
  left join (select slot_start, count(*) as n from tickets where distribution_id = 1 and slot_start between @lo and @hi and status <> 'cancelled' group by slot_start) as l
    on l.slot_start = json_extract(c.value, '$[0]')
  where coalesce(l.n, 0) < (select per_slot from distributions where id = 1)
  order by coalesce(l.n, 0) asc, c.key asc limit 1 returning *`);
console.log(db.prepare('explain query plan ' + ranged.source).all({code:'',date:'',json:'[]',lo:0,hi:0}).map((r: any) => r.detail).join(' | '));
db.pragma('synchronous = NORMAL');
time('ranged join prepared run', () => { const dd = 2800 + (++day % 300); const sl = slotsOf(dd); ranged.all({ code: code(), date: 'd' + dd, json: JSON.stringify(sl), lo: sl[0]![0], hi: sl.at(-1)![0] }); });
time('plain insert again', () => { const sl = slotsOf(3200 + (n % 300))[n % 48]!; plain.all(code(), 'x', sl[0], sl[1]); });
const sel3 = db.prepare(`select slot_start, count(*) as n from tickets where distribution_id = 1 and slot_start between ? and ? and status <> 'cancelled' group by slot_start`);
time('ranged loads select', () => { const sl = slotsOf(2800 + (++day % 300)); sel3.all(sl[0]![0], sl.at(-1)![0]); });
