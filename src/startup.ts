import { ensureAdmin } from './auth/bootstrap';
import { runRetention } from './db/retention';
import { seedDemo } from './demo/seed';
import type { Services } from './services';
import { logUnexpected } from './http/error-log';

export type StartupReport = { adminCreated: boolean; generatedPassword: string | null; demoSeeded: boolean };

/**
 * Makes a database ready to serve: the first admin (announced as soon as it exists), the demo
 * organisation on a new database, and the retention clean-up. Idempotent, so the Worker may run it on each isolate's first request.
 */
export async function prepareDatabase(services: Services, announce: (report: StartupReport) => void = () => {}): Promise<StartupReport> {
  const admin = await ensureAdmin(services);
  // A generated password exists only here: tell it at once, before anything else can fail.
  if (admin.created) announce({ adminCreated: true, generatedPassword: admin.generatedPassword, demoSeeded: false });
  let demoSeeded = false;
  // The admin's creation is what marks a new database: only this call's insert won, so two
  // processes or isolates never both seed. A failed demo must not lose the printed password.
  if (admin.created && services.settings.demo) {
    try {
      await seedDemo(services);
      demoSeeded = true;
    } catch (error) {
      logUnexpected({ task: 'demo' }, error);
    }
  }
  await runRetention(services);
  return { adminCreated: admin.created, generatedPassword: admin.generatedPassword, demoSeeded };
}
