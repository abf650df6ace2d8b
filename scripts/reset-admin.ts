// `npm run reset-admin`: a new password for user `admin` (HENTETID_ADMIN_PASSWORD, or a generated
// one printed once), and every session and token of the admin ended. Safe while the server runs.
import { existsSync } from 'node:fs';
import { openSqliteStore } from '../src/adapters/node-sqlite';
import { AdminPasswordTooShort } from '../src/auth/password';
import { resetAdminPassword } from '../src/auth/reset-admin';
import { settingsFromEnv } from '../src/settings';

const file = process.env.HENTETID_DB ?? './data/hentetid.db';
// A mistyped path must not become a new, empty database with an admin nobody runs a server on.
if (!existsSync(file)) {
  console.error(`There is no database at ${file} (set HENTETID_DB); nothing was changed.`);
  process.exit(1);
}
const settings = settingsFromEnv(process.env);
const store = openSqliteStore(file);
try {
  const { generatedPassword } = await resetAdminPassword({ store, db: store.db, settings, now: () => Date.now() }, settings.adminPassword);
  if (generatedPassword) console.log(`The new password of user "admin" is: ${generatedPassword}\n(Shown once. Every session of admin has been ended.)`);
  else console.log('User "admin" now has the password from HENTETID_ADMIN_PASSWORD. Every session of admin has been ended.');
} catch (error) {
  if (!(error instanceof AdminPasswordTooShort)) throw error;
  console.error(error.message);
  process.exitCode = 1;
} finally {
  store.close();
}
