// `npm run backup -- FILE`: a consistent copy of the database named by HENTETID_DB, safe to take
// while the server runs. Restoring is starting the server with HENTETID_DB=FILE.
import { closeSync, existsSync, linkSync, openSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';

const source = resolve(process.env.HENTETID_DB ?? './data/hentetid.db');
const target = process.argv[2] ? resolve(process.argv[2]) : null;

if (!target) fail('Say where the copy goes: npm run backup -- /path/to/hentetid-backup.db');
if (!existsSync(source)) fail(`There is no database at ${source} (set HENTETID_DB).`);
if (existsSync(target)) fail(`${target} exists already; choose a new file name (nothing was overwritten).`);

// The copy holds health data: readable by its owner only. It is written under FILE.partial, made
// here exclusively (a file of that name may be another backup still running: it is left alone),
// and then linked to FILE, which fails rather than replace a file that appeared meanwhile.
const partial = `${target}.partial`;
try {
  closeSync(openSync(partial, 'wx', 0o600));
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  fail(`${partial} exists: another backup may be running, or one was cut off. Remove it if none is running (nothing was changed).`);
}
const db = new BetterSqlite3(source, { fileMustExist: true });
try {
  // Waits for a writer's lock instead of failing; VACUUM INTO then reads one snapshot, so the
  // copy holds every transaction committed before it began and nothing half-written. It also
  // leaves out freed pages, so deleted tickets do not travel in the copy. It accepts an empty
  // file as its target, so it writes into the one made above, mode and all.
  db.pragma('busy_timeout = 10000');
  db.prepare('VACUUM INTO ?').run(partial);
} catch (error) {
  rmSync(partial, { force: true });
  fail(`The backup failed: ${(error as Error).message}`);
} finally {
  db.close();
}
try {
  linkSync(partial, target);
} catch (error) {
  rmSync(partial, { force: true });
  if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  fail(`${target} appeared while the backup ran; choose a new file name (nothing was overwritten).`);
}
rmSync(partial);
console.log(`Backed up ${source} to ${target}. To restore: HENTETID_DB=${target} npm start`);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}
