import { users } from '../db/schema';
import type { Services } from '../services';
import { assertChosenPasswordLongEnough, hashPassword } from './password';

const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Gives a database without users its first admin, with HENTETID_ADMIN_PASSWORD or else a random
 * password returned once for the Node entry to print. Safe to race: several processes or Worker
 * isolates may call it at once; the unique username lets exactly one insert win, and only that
 * caller reports `created` (and its password). A chosen password shorter than the API allows
 * throws `AdminPasswordTooShort` and creates nothing.
 */
export async function ensureAdmin(services: Services): Promise<{ created: boolean; generatedPassword: string | null }> {
  const existing = await services.db.select({ id: users.id }).from(users).limit(1).get();
  if (existing) return { created: false, generatedPassword: null };
  assertChosenPasswordLongEnough(services.settings.adminPassword);

  const generatedPassword = services.settings.adminPassword ? null : readablePassword();
  const password = services.settings.adminPassword ?? generatedPassword!;
  const inserted = await services.db
    .insert(users)
    .values({ username: 'admin', role: 'admin', passwordHash: await hashPassword(password), createdAt: services.now() })
    .onConflictDoNothing({ target: users.username })
    .returning({ id: users.id });
  if (inserted.length === 0) return { created: false, generatedPassword: null };
  return { created: true, generatedPassword };
}

/** 80 random bits as four groups of four Crockford characters: easy to read off a terminal. */
export function readablePassword() {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const chars = Array.from(bytes, (b) => crockford[b & 31]).join('');
  return chars.match(/.{4}/g)!.join('-');
}

