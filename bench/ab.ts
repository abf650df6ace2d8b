/**
 * A/B of two trees of Hentetid on the same machine at the same time: each serves its own demo
 * database, and each path is driven on A, then on B, round after round (1 s warm-up, then
 * AB_SECONDS), printing req/s and the server's CPU µs a request. On a shared machine, where one
 * `npm run bench` can differ from the next by a third, this is how a change is judged.
 *
 *   git worktree add /tmp/before <commit> && ln -s "$PWD/node_modules" /tmp/before/node_modules
 *   npx tsx bench/ab.ts /tmp/before issue /api/tickets/@code /t/@code
 *
 * A path may hold `@code` (a ticket code of that tree's demo data); `issue` issues one ticket a
 * request as the benchmark does. AB_ROUNDS (3) and AB_SECONDS (3) set the length.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { daysFromToday, Fixtures } from './fixtures';
import { drive, warm, type LoadOptions } from './load';
import { freePort } from '../test/support/child-process';

const [beforeRoot, ...paths] = process.argv.slice(2);
if (!beforeRoot || paths.length === 0) {
  console.error('usage: npx tsx bench/ab.ts <tree before> <path|issue> ...');
  process.exit(2);
}
const rounds = Number(process.env.AB_ROUNDS ?? 3);
const seconds = Number(process.env.AB_SECONDS ?? 3);
const password = 'ab-admin-password';
const dir = mkdtempSync(join(tmpdir(), 'hentetid-ab-'));

function cpuSeconds(pid: number) {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

async function start(name: string, root: string) {
  const port = await freePort();
  const db = join(dir, `${name}.db`);
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', HENTETID_DB: db, HENTETID_DEMO: '1', HENTETID_ADMIN_PASSWORD: password, HENTETID_LOG: '0' };
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/node.ts'], { cwd: root, env, stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}`;
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      if (tries > 600) throw new Error(`${root} did not start`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const code = (new BetterSqlite3(db, { readonly: true }).prepare('select code from tickets limit 1').get() as { code: string }).code;
  const fx = await Fixtures.login(url, password);
  const issuing = await fx.siteWithDistribution('ab-issue', 50);
  return { name, url, child, code, cookie: fx.cookie, issuePath: `/api/sites/${issuing.site}/distributions/${issuing.dist}/tickets` };
}

const trees = [await start('A', resolve(beforeRoot)), await start('B', process.cwd())];
// Tickets go to a rotating day among the next 300, as in the benchmark.
const issueDates = Array.from({ length: 300 }, (_, i) => daysFromToday(20 + i));
let issued = 0;
const spent: Record<string, number[]> = {};
try {
  for (let round = 1; round <= rounds; round++) {
    for (const path of paths) {
      for (const tree of trees) {
        const options: LoadOptions =
          path === 'issue'
            ? {
                url: tree.url,
                method: 'POST',
                headers: { 'content-type': 'application/json', cookie: tree.cookie },
                next: () => ({ path: tree.issuePath, body: JSON.stringify({ date: issueDates[issued++ % issueDates.length], count: 1 }) }),
              }
            : { url: tree.url, next: () => ({ path: path.replace('@code', tree.code) }) };
        await warm(options);
        const before = cpuSeconds(tree.child.pid!);
        const result = await drive({ ...options, seconds });
        const us = ((cpuSeconds(tree.child.pid!) - before) / result.requests) * 1e6;
        (spent[`${path} ${tree.name}`] ??= []).push(us);
        const bad = result.non2xx + result.errors;
        console.log(`round ${round}  ${tree.name}  ${path.padEnd(22)} ${String(Math.round(result.rps)).padStart(6)} req/s ${String(Math.round(us)).padStart(5)} µs CPU${bad ? `  (${bad} failed)` : ''}`);
      }
    }
  }
  for (const [key, values] of Object.entries(spent)) console.log(`mean  ${key.padEnd(26)} ${Math.round(values.reduce((a, b) => a + b, 0) / values.length)} µs CPU a request`);
} finally {
  for (const tree of trees) tree.child.kill();
  rmSync(dir, { recursive: true, force: true });
}
