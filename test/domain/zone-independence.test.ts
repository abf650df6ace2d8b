import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
const vitest = fileURLToPath(new URL('../../node_modules/vitest/vitest.mjs', import.meta.url));
const thisFile = 'zone-independence.test.ts';
// Set in the runs this file starts, so that it can never start runs of its own.
const CHILD_MARK = 'HENTETID_ZONE_CHECK_CHILD';
const LIMIT_MS = 50_000;

const otherDomainTests = readdirSync(fileURLToPath(new URL('.', import.meta.url)), { recursive: true, encoding: 'utf8' })
  .filter((name) => name.endsWith('.test.ts') && name !== thisFile)
  .map((name) => `test/domain/${name}`);

/** Runs the other domain test files in a fresh Vitest whose machine zone is `tz`. */
function domainTestsIn(tz: string): Promise<{ tz: string; code: number | null; output: string }> {
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST')));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [vitest, 'run', '--project', 'node', '--reporter=dot', ...otherDomainTests], {
      cwd: root,
      env: { ...env, TZ: tz, [CHILD_MARK]: '1', FORCE_COLOR: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    // Vitest's workers are the child's process group: stop them all if it overruns.
    const timer = setTimeout(() => process.kill(-child.pid!, 'SIGKILL'), LIMIT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ tz, code, output });
    });
  });
}

// The domain must never read the machine's zone: the same tests pass wherever the server runs.
describe.skipIf(process.env[CHILD_MARK] !== undefined)('domain results do not depend on the machine time zone', () => {
  it('passes every other domain test with the machine in Los Angeles and in Kiritimati (UTC+14)', async () => {
    expect(otherDomainTests.length).toBeGreaterThan(5);
    const runs = await Promise.all(['America/Los_Angeles', 'Pacific/Kiritimati'].map(domainTestsIn));
    for (const run of runs) expect(run.code, `TZ=${run.tz}\n${run.output.slice(-4000)}`).toBe(0);
  }, LIMIT_MS + 10_000);
});
