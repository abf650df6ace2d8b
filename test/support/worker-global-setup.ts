import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ADMIN_PASSWORD } from './admin-password';

declare module 'vitest' {
  export interface ProvidedContext {
    hentetidWorkerUrl: string;
  }
}

const startTimeoutMs = 90_000;

/**
 * Starts the Worker on `wrangler dev` (real workerd, local D1 in a fresh temp folder, migrations
 * applied by scripts/dev-worker.mjs) for the worker project, and stops it after the run.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'hentetid-worker-'));
  const [port, inspectorPort] = await freePorts(2);
  const url = `http://127.0.0.1:${port}`;
  const logFile = join(dir, 'wrangler.log');
  const log = openSync(logFile, 'a');
  const args = [
    'scripts/dev-worker.mjs',
    '--port', String(port),
    '--ip', '127.0.0.1',
    '--inspector-port', String(inspectorPort),
    '--persist-to', join(dir, 'state'),
    '--var', `HENTETID_ADMIN_PASSWORD:${ADMIN_PASSWORD}`,
    '--var', 'HENTETID_DEMO:0',
    '--var', 'HENTETID_TRUST_TEST_CLIENT:1',
  ];
  // Its own process group, so teardown stops wrangler and the workerd it starts in one go.
  const child = spawn(process.execPath, args, { detached: true, stdio: ['ignore', log, log], env: { ...process.env, CI: 'true' } });
  closeSync(log);
  const killOnExit = () => killGroup(child, 'SIGKILL');
  process.on('exit', killOnExit);

  const stop = async () => {
    process.off('exit', killOnExit);
    await stopGroup(child);
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitForHealth(url, child, logFile);
  } catch (error) {
    const tail = readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
    await stop();
    throw new Error(`${(error as Error).message}\n--- wrangler dev output ---\n${tail}`);
  }
  project.provide('hentetidWorkerUrl', url);
  process.env.HENTETID_WORKER_URL = url;
  return stop;
}

async function waitForHealth(url: string, child: ChildProcess, logFile: string) {
  const deadline = Date.now() + startTimeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) throw new Error(`wrangler dev exited (${child.exitCode ?? child.signalCode}) before answering`);
    // wrangler dev stays up waiting for a fix when the bundle does not build; fail now instead.
    if (/Build failed/.test(readFileSync(logFile, 'utf8'))) throw new Error('the Worker did not build');
    try {
      const res = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5_000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`wrangler dev did not answer ${url}/healthz within ${startTimeoutMs / 1000} s`);
}

/** Ports the OS says are free right now; held open together so the two differ. */
async function freePorts(count: number): Promise<number[]> {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise<ReturnType<typeof createServer>>((resolve, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve(server));
    })),
  );
  const ports = servers.map((s) => (s.address() as { port: number }).port);
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  return ports;
}

function killGroup(child: ChildProcess, signal: NodeJS.Signals) {
  try {
    process.kill(-child.pid!, signal);
  } catch {
    // already gone
  }
}

async function stopGroup(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return killGroup(child, 'SIGKILL');
  const exited = new Promise((r) => child.once('exit', r));
  killGroup(child, 'SIGTERM');
  const timer = setTimeout(() => killGroup(child, 'SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
  // workerd may outlive its parent by a moment; make sure nothing of the group stays.
  killGroup(child, 'SIGKILL');
}
