// `npm run dev:worker -- [wrangler dev flags]`: applies the D1 migrations to the local database,
// then runs the Worker on `wrangler dev` (workerd), passing every flag through. `--persist-to DIR`
// is given to both steps, so a test can keep its own state folder.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const args = process.argv.slice(2);
const wrangler = join(dirname(createRequire(import.meta.url).resolve('wrangler/package.json')), 'bin', 'wrangler.js');

const persistTo = [];
args.forEach((arg, i) => {
  if (arg === '--persist-to' && args[i + 1]) persistTo.push(arg, args[i + 1]);
  else if (arg.startsWith('--persist-to=')) persistTo.push(arg);
});

// Offline here and in CI: no telemetry; CI=true makes the migration step skip its prompt.
const env = { ...process.env, WRANGLER_SEND_METRICS: 'false' };
const migrate = spawnSync(process.execPath, [wrangler, 'd1', 'migrations', 'apply', 'hentetid', '--local', ...persistTo], {
  stdio: 'inherit',
  env: { ...env, CI: 'true' },
});
if (migrate.status !== 0) {
  console.error('dev:worker: applying the D1 migrations failed');
  process.exit(migrate.status ?? 1);
}

const dev = spawn(process.execPath, [wrangler, 'dev', ...args], { stdio: 'inherit', env });
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => dev.kill(signal));
dev.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
