import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';

export const root = resolve(import.meta.dirname, '../..');

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

export type Child = { url: string; child: ChildProcess; output: () => string; stop(signal?: NodeJS.Signals): Promise<void> };

/**
 * Starts a TypeScript entry as its own Node process on a free port and waits until `probe`
 * answers. With `profileDir`, Node writes a `.cpuprofile` there when the process exits.
 */
export async function startChild(entry: string, options: { env?: Record<string, string>; probe: string; profileDir?: string; nodeFlags?: string[] }): Promise<Child> {
  const port = await freePort();
  let log = '';
  const flags = [...(options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : []), ...(options.nodeFlags ?? [])];
  const child = spawn(process.execPath, [...flags, '--import', 'tsx', entry], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${entry} exited with ${child.exitCode}:\n${log}`);
    try {
      if ((await fetch(url + options.probe)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${entry} did not answer within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    child,
    output: () => log,
    stop: (signal = 'SIGTERM') =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill(signal);
      }),
  };
}

/** Runs a TypeScript script of the project to its end, with its output (stdout and stderr together). */
export function runScript(script: string, args: string[], env: Record<string, string> = {}) {
  return new Promise<{ status: number | null; output: string }>((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: root, env: { ...process.env, ...env } });
    let output = '';
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    child.on('exit', (status) => done({ status, output }));
  });
}
