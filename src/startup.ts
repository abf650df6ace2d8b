import { ensureAdmin } from './auth/bootstrap';
import { runRetention } from './db/retention';
import { seedDemo } from './demo/seed';
import type { Services } from './services';
import { logUnexpected } from './http/error-log';
import { isStorageFault } from './db/sql-errors';

type StartupReport = {
  adminCreated: boolean;
  generatedPassword: string | null;
  demoSeeded: boolean;
  /** False when the database answers reads but takes no write (full disk, read-only file): the clean-up was skipped. */
  writable: boolean;
};

/**
 * Makes a database ready to serve: the first admin (announced as soon as it exists), the demo
 * organisation on a new database, and the retention clean-up. On a database that takes no write
 * (full disk, read-only file) the clean-up is skipped and `writable` is false, so the caller can
 * serve reads and try the clean-up again later. Idempotent, so the Worker may run it on each isolate's first request.
 */
export async function prepareDatabase(services: Services, announce: (report: StartupReport) => void = () => {}): Promise<StartupReport> {
  const admin = await ensureAdmin(services);
  // A generated password exists only here: tell it at once, before anything else can fail.
  if (admin.created) announce({ adminCreated: true, generatedPassword: admin.generatedPassword, demoSeeded: false, writable: true });
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
  const writable = await cleanUpIfWritable(services);
  return { adminCreated: admin.created, generatedPassword: admin.generatedPassword, demoSeeded, writable };
}

/** The retention clean-up, or false when the disk refuses writes; any other failure is thrown. */
async function cleanUpIfWritable(services: Services): Promise<boolean> {
  try {
    await runRetention(services);
    return true;
  } catch (error) {
    if (isStorageFault(error)) return false;
    throw error;
  }
}
