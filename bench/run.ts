import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Fixtures, daysFromToday, today } from './fixtures';
import { drive, warm, type LoadOptions } from './load';
import { printMicro, runMicro } from './micro';
import { printDayLength, runDayLength } from './day-length';
import { startChild, root, type Child } from '../test/support/child-process';
import { firstVisit, firstWindowBytes } from '../test/support/first-visit';
import { printGoals, printScenarios, summaryLine, type Goal, type Scenario } from './report';

/**
 * `npm run bench`: the real server and, in a process of its own, each hot route's data path alone
 * (ceiling-server.tsx: the same store, statements and view behind bare Hono), driven by autocannon
 * in A-B-A order (data path, route, data path), so each route is read as the share of its own
 * unavoidable work that the HTTP layer leaves. A bare Hono hello-world is measured first and last
 * as a reference for the machine's speed.
 *
 * BENCH_SECONDS (default 5) sets each run's length; BENCH_ROUNDS (default 3) how many rounds of
 * each hot route; BENCH_ONLY=1,2 only the scenarios whose names start so; BENCH_PROFILE=1 writes a
 * CPU profile of the server to bench/profiles/; BENCH_MICRO=0 skips the in-process micro-benchmarks.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 5);
const goalRounds = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));

/** User and system CPU seconds of a process so far (Linux /proc); null elsewhere. */
function cpuSeconds(pid: number | undefined): { user: number; system: number } | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 };
  } catch {
    return null;
  }
}
/**
 * Waits until a process uses under 5% of a core over 200 ms (at most 10 s), and says so when
 * that took a while.
 */
async function settled(pid: number | undefined) {
  const started = performance.now();
  for (let last = cpuSeconds(pid); last !== null && performance.now() - started < 10_000; ) {
    await new Promise((done) => setTimeout(done, 200));
    const now = cpuSeconds(pid);
    if (now === null || now.user + now.system - last.user - last.system < 0.01) break;
    last = now;
  }
  const waited = performance.now() - started;
  if (waited > 1_000) console.log(`  (waited ${(waited / 1000).toFixed(1)} s for the server to finish its background work)`);
}

const password = 'bench-admin-password';
const profileDir = process.env.BENCH_PROFILE === '1' ? join(root, 'bench/profiles') : undefined;
if (profileDir) mkdirSync(profileDir, { recursive: true });

const dir = mkdtempSync(join(tmpdir(), 'hentetid-bench-'));
const children: Child[] = [];
try {
  await main();
} finally {
  for (const child of children) await child.stop();
  rmSync(dir, { recursive: true, force: true });
}

async function main() {
  const baseline = await startChild('bench/baseline-server.ts', { probe: '/' });
  children.push(baseline);
  const server = await startChild('src/node.ts', {
    probe: '/healthz',
    profileDir,
    env: { HENTETID_DB: join(dir, 'bench.db'), HENTETID_DEMO: '0', HENTETID_ADMIN_PASSWORD: password, HENTETID_LOG: '0' },
  });
  children.push(server);
  const ceiling = await startChild('bench/ceiling-server.tsx', { probe: '/' });
  children.push(ceiling);

  console.log('setting up: a site to issue on, a day with 2,000 tickets, bike stops ...');
  const fx = await Fixtures.login(server.url, password);
  const issuing = await fx.siteWithDistribution('bench-issue', 50);
  const list = await fx.siteWithDistribution('bench-list', 50);
  const listDate = daysFromToday(1);
  const codes = await fx.fillDay(list.site, list.dist, listDate, 2000);
  // A batch of 500 over HTTP, each on a day of its own, for the 50 ms goal.
  const batchMs: number[] = [];
  for (let day = 2; day <= 12; day++) {
    const t = performance.now();
    await fx.fillDay(list.site, list.dist, daysFromToday(day), 500);
    batchMs.push(performance.now() - t);
  }
  const hasTicketPage = await fx.answers(`/t/${codes[0]}`);
  const volunteerPath = `/volunteer?site=${list.site}&date=${listDate}`;
  const hasVolunteerPage = await fx.answers(volunteerPath);
  const hasBikeStops = await fx.bikeStops(12);
  const schedulePath = `/api/bike-stops/schedule?from=${today()}&to=${daysFromToday(365)}`;
  const hasSchedule = hasBikeStops && (await fx.answers(schedulePath));

  const json = { 'content-type': 'application/json' };
  const withLogin = { cookie: fx.cookie };
  let n = 0;
  const rotateCodes = (prefix: string) => () => ({ path: prefix + codes[n++ % codes.length] });
  // Tickets go to a rotating day among the next 300, so no day fills up during the run.
  const issueDates = Array.from({ length: 300 }, (_, i) => daysFromToday(20 + i));
  const issuePath = `/api/sites/${issuing.site}/distributions/${issuing.dist}/tickets`;

  const measured = async (name: string, options: LoadOptions): Promise<Scenario> => {
    const target = [server, baseline, ceiling].find((c) => c.url === options.url)!;
    // The server may still be at work from the run before (a checkpoint copying the tickets just
    // issued into the database file), taking the core autocannon needs: each run starts from a
    // quiet server, so it measures itself, not what came before.
    await settled(server.child.pid);
    await settled(ceiling.child.pid);
    await warm(options);
    const cpuBefore = cpuSeconds(target.child.pid);
    const result = await drive({ seconds, ...options });
    const cpu = cpuSeconds(target.child.pid);
    // CPU the server spent a request: steadier than req/s when other work shares the cores.
    const known = cpu !== null && cpuBefore !== null && result.requests > 0;
    const perRequest = (seconds: number) => Math.round((seconds / result.requests) * 1e6);
    const cpuUs = known ? perRequest(cpu.user + cpu.system - cpuBefore.user - cpuBefore.system) : null;
    // The kernel's share (socket writes, SQLite's file writes and locks) apart from our JavaScript.
    const systemUs = known ? perRequest(cpu.system - cpuBefore.system) : null;
    console.log(`  ${name}: ${result.rps.toFixed(0)} req/s, p50 ${result.p50} ms, ${cpuUs ?? '?'} µs CPU a request (${systemUs ?? '?'} in the kernel)`);
    return { name, ratio: null, cpuUs, ...result };
  };
  const skipped: string[] = [];
  const skip = (what: string) => {
    skipped.push(what);
    console.log(`  (skipped: ${what})`);
  };

  // BENCH_ONLY=1,2 measures only the scenarios whose names start so (for profiling one path).
  const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
  const wanted = (name: string) => !only || only.some((o) => name.startsWith(o));
  // A hot route and its data path alone (ceiling-server.tsx): the same work behind bare Hono.
  type Pair = { name: string; route: LoadOptions; dataPath: LoadOptions };
  const pairs: Pair[] = [];
  const others: { name: string; options: LoadOptions }[] = [];
  const pair = (p: Pair) => void (wanted(p.name) && pairs.push(p));
  const other = (name: string, options: LoadOptions) => void (wanted(name) && others.push({ name, options }));
  const ceilingCodes = (await (await fetch(`${ceiling.url}/codes`)).json()) as string[];
  const rotateCeilingCodes = (prefix: string) => () => ({ path: prefix + ceilingCodes[n++ % ceilingCodes.length] });
  pair({
    name: '1 issue one ticket (POST)',
    route: { url: server.url, method: 'POST', headers: { ...json, ...withLogin }, next: () => ({ path: issuePath, body: JSON.stringify({ date: issueDates[n++ % issueDates.length], count: 1 }) }) },
    dataPath: { url: ceiling.url, method: 'POST', headers: json, next: () => ({ path: '/tickets', body: JSON.stringify({ date: issueDates[n++ % issueDates.length] }) }) },
  });
  pair({ name: '2 look a ticket up (GET /api)', route: { url: server.url, next: rotateCodes('/api/tickets/') }, dataPath: { url: ceiling.url, next: rotateCeilingCodes('/tickets/') } });
  if (hasTicketPage) pair({ name: '3 ticket page (GET /t/:code)', route: { url: server.url, next: rotateCodes('/t/') }, dataPath: { url: ceiling.url, next: rotateCeilingCodes('/t/') } });
  else skip('GET /t/:code does not answer 200 yet');
  const listPath = `/api/sites/${list.site}/pickups?date=${listDate}`;
  other('3 pickup list, 2,000 tickets', { url: server.url, headers: withLogin, next: () => ({ path: listPath }) });
  if (hasSchedule) other('4 bike schedule, a year, 12 stops', { url: server.url, next: () => ({ path: schedulePath }) });
  else skip('the bike-stop routes are not mounted yet');
  // Server time for one request at a time: no queueing, so the latency is the work itself.
  other('3 pickup list, 1 connection', { url: server.url, connections: 1, headers: withLogin, next: () => ({ path: listPath }) });
  if (hasVolunteerPage) other('3 volunteer page, 1 connection', { url: server.url, connections: 1, headers: withLogin, next: () => ({ path: volunteerPath }) });
  else skip('GET /volunteer does not answer 200 yet');

  // A-B-A for each hot route: its data path alone before and after each round, so a burst of
  // load from elsewhere on the machine moves both sides of the ratio rather than one. BENCH_ROUNDS
  // rounds (A-B-A-B-A…); the median ratio counts, and its row is the run that gave it.
  console.log(`\nmeasuring, ${seconds} s a run, 32 connections unless noted; ${goalRounds} rounds of each hot route against its data path`);
  const baseOptions: LoadOptions = { url: baseline.url, next: () => ({ path: '/' }) };
  const baselines: Scenario[] = [await measured('hello-world (reference)', baseOptions)];
  const rows: Scenario[] = [];
  const allRuns: Scenario[] = [...baselines];
  for (const p of pairs) {
    const alone: Scenario[] = [await measured(`${p.name}, data path`, p.dataPath)];
    const runs: Scenario[] = [];
    for (let round = 0; round < goalRounds; round++) {
      const run = await measured(p.name, p.route);
      const after = await measured(`${p.name}, data path`, p.dataPath);
      run.ratio = run.rps / ((alone.at(-1)!.rps + after.rps) / 2);
      alone.push(after);
      runs.push(run);
    }
    allRuns.push(...alone, ...runs);
    const byRatio = [...runs].sort((a, b) => a.ratio! - b.ratio!);
    const row = byRatio[Math.floor((byRatio.length - 1) / 2)]!;
    rows.push(runs.length > 1 ? { ...row, ratios: runs.map((r) => r.ratio!) } : row);
    const aloneRate = alone.reduce((sum, r) => sum + r.rps, 0) / alone.length;
    rows.push({ ...alone[0]!, name: `  its data path (mean of ${alone.length})`, rps: aloneRate });
  }
  for (const o of others) {
    const run = await measured(o.name, o.options);
    rows.push(run);
    allRuns.push(run);
  }
  if (pairs.length + others.length > 0) {
    const last = await measured('hello-world (reference)', baseOptions);
    baselines.push(last);
    allRuns.push(last);
  }
  const byName = (prefix: string) => rows.find((r) => r.name.startsWith(prefix)) ?? null;
  const issue = byName('1 issue one ticket (POST)');
  const lookup = byName('2 look a ticket up (GET /api)');
  const page = byName('3 ticket page');
  const listOne = byName('3 pickup list, 1');
  const volunteerOne = byName('3 volunteer page');
  const baseRate = baselines.reduce((sum, b) => sum + b.rps, 0) / baselines.length;
  printScenarios([...rows, { ...baselines[0]!, name: `hello-world (mean of ${baselines.length})`, rps: baseRate }]);
  for (const r of rows) if (r.ratios) console.log(`${r.name}: route/data path in its rounds ${r.ratios.map((x) => x.toFixed(2)).join(', ')}; the median counts`);

  const visit = hasTicketPage ? await firstVisit(server.url, `/t/${codes[0]}`) : null;
  if (visit) console.log(`ticket page, first visit with gzip: ${visit.bytes} B (page ${visit.page.body.length} B, ${visit.files.map((f) => `${f.href} ${f.answer.body.length} B`).join(', ')})`);

  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  const micro = process.env.BENCH_MICRO === '0' ? [] : await runMicro();
  if (micro.length > 0) printMicro(micro);
  const dayLength = process.env.BENCH_MICRO === '0' ? [] : await runDayLength();
  if (dayLength.length > 0) printDayLength(dayLength);
  const microOf = (prefix: string) => micro.find((m) => m.name.startsWith(prefix)) ?? null;

  const goal = (name: string, target: string, value: number | null, ok: (v: number) => boolean): Goal => ({ name, target, value, holds: value === null ? null : ok(value) });
  const floor = 0.7;
  const p99s = [issue, lookup, page].flatMap((r) => (r ? [r.p99] : []));
  const goals: Goal[] = [
    goal('issuing, route / data path', `>= ${floor}`, issue?.ratio ?? null, (v) => v >= floor),
    goal('look-up, route / data path', `>= ${floor}`, lookup?.ratio ?? null, (v) => v >= floor),
    goal('ticket page, route / data path', `>= ${floor}`, page?.ratio ?? null, (v) => v >= floor),
    goal('p99 ms at 32 connections, worst of the three', '< 50', p99s.length > 0 ? Math.max(...p99s) : null, (v) => v < 50),
    goal('volunteer page 2,000, median ms (HTTP)', '< 30', volunteerOne?.p50 ?? null, (v) => v < 30),
    goal('pickup list 2,000, median ms (HTTP)', '< 20', listOne?.p50 ?? null, (v) => v < 20),
    goal('ticket page first visit, bytes with gzip', `<= ${firstWindowBytes}`, visit?.bytes ?? null, (v) => v <= firstWindowBytes),
    goal('500-ticket batch, median ms (HTTP)', '< 50', median(batchMs), (v) => v < 50),
    goal('pickup list 2,000, median ms (in process)', '< 20', microOf('2,000-ticket')?.medianMs ?? null, (v) => v < 20),
    goal('500-ticket batch, median ms (in process)', '< 50', microOf('500-ticket')?.medianMs ?? null, (v) => v < 50),
    goal('walk-in on 287 slots, cost over one on 12 (data path)', '<= 1.3', dayLength[0]?.ratio ?? null, (v) => v <= 1.3),
  ];
  printGoals(goals);

  const problems = allRuns.filter((r) => r.non2xx > 0 || r.errors > 0 || r.timeouts > 0).map((r) => `${r.name}: ${r.non2xx} non-2xx, ${r.errors} errors, ${r.timeouts} timeouts`);
  const machine = { nproc: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${process.platform} ${process.arch}` };
  writeFileSync(
    join(root, 'bench/results.json'),
    JSON.stringify({ when: new Date().toISOString(), machine, seconds, helloWorld: { runs: baselines.map((b) => b.rps), mean: baseRate }, scenarios: rows, firstVisitBytes: visit?.bytes ?? null, batchMs, micro, dayLength, goals, skipped, problems }, null, 2) + '\n',
  );
  console.log(`\nmachine: ${machine.nproc} cores (${machine.cpu}), Node ${machine.node}; figures in bench/results.json`);
  if (profileDir) console.log(`CPU profile of the server in ${profileDir} when it exits`);
  console.log(summaryLine(goals, problems));
  if (problems.length > 0) process.exitCode = 1;
}
