import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';

const outdir = mkdtempSync(join(tmpdir(), 'hentetid-bundle-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('the Worker bundle', () => {
  it('builds with wrangler deploy --dry-run, without Node-only modules', async () => {
    const run = await promisify(execFile)('npx', ['wrangler', 'deploy', '--dry-run', '--outdir', outdir], {
      env: { ...process.env, CI: 'true', WRANGLER_SEND_METRICS: 'false' },
      maxBuffer: 16 * 1024 * 1024,
    });
    expect(run.stdout + run.stderr).toContain('--dry-run: exiting now');

    const scripts = readdirSync(outdir).filter((f) => f.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(0);
    const code = scripts.map((f) => readFileSync(join(outdir, f), 'utf8')).join('\n');
    const raw = Buffer.byteLength(code);
    const gzip = gzipSync(code).length;
    console.log(`Worker bundle: ${(raw / 1024).toFixed(1)} KiB raw, ${(gzip / 1024).toFixed(1)} KiB gzip (${scripts.join(', ')})`);
    // The free plan's limit is 3 MiB gzip; staying far below keeps cold starts quick.
    expect(gzip).toBeLessThan(1024 * 1024);

    for (const nodeOnly of ['better-sqlite3', 'node:fs', 'require("fs")', "from 'fs'", '@hono/node-server']) {
      expect(code, `${nodeOnly} got into the Worker bundle`).not.toContain(nodeOnly);
    }
    // The views compile against our JSX runtime, not hono/jsx's renderer (its metadata hoisting
    // marks elements with data-precedence; ours has no such thing).
    expect(code).toContain('Views render synchronously');
    expect(code).not.toContain('data-precedence');
  }, 120_000);
});
