import { ensureAdmin } from './auth/bootstrap';
import { runRetention } from './db/retention';
import { seedDemo } from './demo/seed';
import type { Services } from './http/context';

export type StartupReport = { adminCreated: boolean; generatedPassword: string | null; demoSeeded: boolean };

/**
 * Makes a database ready to serve: the first admin, the demo organisation on a new database,
 * and the retention clean-up. Idempotent, so the Worker may run it on each isolate's first request.
 */
export async function prepareDatabase(services: Services): Promise<StartupReport> {
  const admin = await ensureAdmin(services);
  let demoSeeded = false;
  if (admin.created && services.settings.demo) {
    await seedDemo(services);
    demoSeeded = true;
  }
  await runRetention(services);
  return { adminCreated: admin.created, generatedPassword: admin.generatedPassword, demoSeeded };
}
