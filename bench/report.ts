import type { LoadResult } from './load';

/** One run; a hot route measured in rounds keeps the run with the median ratio to its data path, and every round's ratio. */
export type Scenario = LoadResult & { name: string; ratio: number | null; cpuUs: number | null; ratios?: number[] };
export type Goal = { name: string; target: string; value: number | null; holds: boolean | null };

const pad = (s: string, n: number) => (s.length >= n ? s : s + ' '.repeat(n - s.length));
const lpad = (s: string, n: number) => (s.length >= n ? s : ' '.repeat(n - s.length) + s);

export function printScenarios(rows: Scenario[]) {
  console.log(`\n${pad('scenario', 34)}${lpad('req/s', 9)}${lpad('p50 ms', 8)}${lpad('p99 ms', 8)}${lpad('/data', 8)}${lpad('non2xx', 8)}${lpad('errors', 8)}${lpad('CPU µs/req', 12)}`);
  for (const r of rows) {
    const ratio = r.ratio === null ? '' : r.ratio.toFixed(2);
    console.log(
      `${pad(r.name, 34)}${lpad(r.rps.toFixed(0), 9)}${lpad(String(r.p50), 8)}${lpad(String(r.p99), 8)}${lpad(ratio, 8)}${lpad(String(r.non2xx), 8)}${lpad(String(r.errors + r.timeouts), 8)}${lpad(r.cpuUs === null ? '' : String(r.cpuUs), 12)}`,
    );
  }
}

export function printGoals(goals: Goal[]) {
  console.log('\ngoals');
  for (const g of goals) {
    const verdict = g.holds === null ? 'skipped' : g.holds ? 'holds' : 'MISSED';
    const value = g.value === null ? '-' : String(Math.round(g.value * 100) / 100);
    console.log(`  ${pad(g.name, 46)}${lpad(value, 9)}  target ${pad(g.target, 10)} ${verdict}`);
  }
}

/** One line a script or a person can read at a glance. */
export function summaryLine(goals: Goal[], problems: string[]) {
  const parts = goals.filter((g) => g.value !== null).map((g) => `${g.name} ${Math.round(g.value! * 100) / 100}`);
  const missed = goals.filter((g) => g.holds === false).map((g) => g.name);
  const verdict = problems.length > 0 ? `FAILED: ${problems.join('; ')}` : missed.length > 0 ? `goals missed: ${missed.join(', ')}` : 'all goals hold';
  return `bench: ${parts.join(' | ')} => ${verdict}`;
}
