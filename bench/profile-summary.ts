import { readFileSync } from 'node:fs';

/**
 * Prints where a `.cpuprofile` (from BENCH_PROFILE=1) spent its time: self time by function and
 * by file, and the total time under our own source files. Usage: tsx bench/profile-summary.ts FILE
 */
type Node = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: Node[]; samples: number[]; timeDeltas: number[] };

const file = process.argv[2];
if (!file) throw new Error('usage: tsx bench/profile-summary.ts FILE.cpuprofile');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map<number, number>();
profile.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
// Idle samples are the server waiting for the network: leave them out so shares are of CPU time.
for (const [id] of self) if (byId.get(id)!.callFrame.functionName === '(idle)') self.delete(id);
// PROFILE_ALL=1: inclusive time of every function (node internals and packages too), not only ours.
const everyFunction = process.env.PROFILE_ALL === '1';
const total = [...self.values()].reduce((a, b) => a + b, 0);

const shortUrl = (url: string) => url.replace(/^file:\/\/.*?\/node_modules\//, '').replace(/^file:\/\/.*?\/(src|web)\//, '$1/');
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
const fns = new Map<string, number>();
const files = new Map<string, number>();
for (const [id, us] of self) {
  const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
  add(fns, `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}`, us);
  add(files, shortUrl(url).split('/').slice(0, url.includes('node_modules') ? 1 : 3).join('/') || '(native)', us);
}

// Inclusive time of each function of ours: a sample counts once for every distinct frame above it.
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusive = new Map<string, number>();
for (const [id, us] of self) {
  const seen = new Set<string>();
  for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
    const { functionName, url, lineNumber } = byId.get(at)!.callFrame;
    if (!everyFunction && (!/\/(src|web)\//.test(url) || url.includes('node_modules'))) continue;
    const key = `${functionName || '(anonymous)'} ${shortUrl(url)}:${lineNumber + 1}`;
    if (!seen.has(key)) add(inclusive, key, us);
    seen.add(key);
  }
}

const top = (m: Map<string, number>, n: number, title: string) => {
  console.log(`\n${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${((v / total) * 100).toFixed(1).padStart(6)}%  ${k}`);
};
console.log(`total ${(total / 1e6).toFixed(1)} s of CPU sampled (idle left out)`);
top(files, 25, 'self time by package / file');
top(fns, 40, 'self time by function');
top(inclusive, everyFunction ? 80 : 40, everyFunction ? 'inclusive time of every function' : 'inclusive time of our functions');
