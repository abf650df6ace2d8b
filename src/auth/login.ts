import { eq } from 'drizzle-orm';
import { users } from '../db/schema';
import { assertCounterUnderLimit, clearCounters, countersOf, countFailure, throttle, type Counter } from '../db/rate-limit';
import { recordLoginFailure } from '../db/login-failures';
import { DomainError } from '../domain/errors';
import type { Services } from '../services';
import { recordAudit } from '../db/audit';
import { decoyHash, verifyPassword } from './password';
import { createSession, type SessionUser } from './sessions';

/** Failed logins per address, whatever the username: guessing many users' passwords from one place stops here. */
const loginThrottle = { limit: 10, windowMs: 15 * 60 * 1000 };
/** Failed logins per username from one address: enough for fat fingers, far too few for guessing. */
const pairThrottle = { limit: 5, windowMs: 15 * 60 * 1000 };
/**
 * Failed logins per username from any address only slow every attempt on it down (by `stepMs` for
 * each miss past `after`, at most `maxMs`), never refuse one: a refusal would let anyone lock
 * anyone out, the last admin included, while many addresses guessing still get few tries a second.
 */
export const usernameSlowdown = { after: 20, stepMs: 500, maxMs: 3000, windowMs: 15 * 60 * 1000 };
/** Wrong current passwords per user, from a session left open. */
const currentPasswordThrottle = { limit: 5, windowMs: 15 * 60 * 1000 };

const addressKey = (address: string) => `login:${address}`;
const usernameKey = (username: string) => `login-user:${username.toLowerCase()}`;
const pairPrefix = (username: string) => `login-pair:${username.toLowerCase()}|`;
const currentPasswordKey = (username: string) => `current-password:${username.toLowerCase()}`;

/**
 * Checks a username and password for the API and the login form alike: a throttled address, or
 * username from this address, is refused before the password is checked (so it learns nothing
 * even when right); misses on the username from elsewhere only slow the answer. An unknown user
 * still pays for a hash so the timing does not tell who exists. A failure is counted and goes into
 * the audit log; on success a cookie session starts, its secret returned for the caller to set.
 * `address` is the caller's, as counted for throttling. Throws 401 `invalid_credentials` or 429.
 */
export async function logIn(services: Services, address: string, username: string, password: string): Promise<{ user: SessionUser; token: string }> {
  const keys = { address: addressKey(address), pair: pairPrefix(username) + address, username: usernameKey(username) };
  const counters = await countersOf(services, Object.values(keys));
  const now = services.now();
  assertCounterUnderLimit(counters.get(keys.address), now, loginThrottle);
  assertCounterUnderLimit(counters.get(keys.pair), now, pairThrottle);
  await pause(usernameDelayMs(counters.get(keys.username), now));
  const user = await services.db.select().from(users).where(eq(users.username, username)).get();
  const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await decoyHash()));
  // A disabled user is refused like a wrong password, and counted the same: nobody learns who is disabled.
  if (!user || !passwordOk || user.disabledAt !== null) {
    // Every count moves, whichever of them refuses first.
    const counted = await Promise.allSettled([
      throttle(services, keys.address, loginThrottle),
      throttle(services, keys.pair, pairThrottle),
      countFailure(services, keys.username, usernameSlowdown),
      recordLoginFailure(services, username, address),
    ]);
    const refused = counted.find((outcome) => outcome.status === 'rejected');
    if (refused) throw refused.reason;
    throw new DomainError(401, 'invalid_credentials', 'Wrong username or password.');
  }
  const { token } = await createSession(services, user.id, 'cookie');
  await recordAudit(services, { username: user.username }, 'login', '');
  return { user: { id: user.id, username: user.username, role: user.role }, token };
}

/** How long to hold an attempt on a username that has `counter` misses from anywhere. */
export function usernameDelayMs(counter: Counter | undefined, now: number): number {
  if (!counter || counter.windowStart <= now - usernameSlowdown.windowMs) return 0;
  const pastLimit = counter.count - usernameSlowdown.after + 1;
  return pastLimit > 0 ? Math.min(usernameSlowdown.maxMs, pastLimit * usernameSlowdown.stepMs) : 0;
}

function pause(ms: number) {
  return ms > 0 ? new Promise<void>((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

/** Forgets a username's misses, from anywhere (for `npm run reset-admin`); addresses keep theirs. */
export async function clearLoginCounters(services: Services, username: string): Promise<void> {
  await clearCounters(services, [usernameKey(username), currentPasswordKey(username)], [pairPrefix(username)]);
}

/**
 * Checks a logged-in user's current password before they change it. Wrong ones are counted for
 * that user, so a session left open cannot be used to guess it, and slow logins like other misses.
 */
export async function assertCurrentPassword(services: Services, userId: number, username: string, password: string) {
  const key = currentPasswordKey(username);
  const counters = await countersOf(services, [key]);
  assertCounterUnderLimit(counters.get(key), services.now(), currentPasswordThrottle);
  const user = await services.db.select({ passwordHash: users.passwordHash }).from(users).where(eq(users.id, userId)).get();
  if (user && (await verifyPassword(password, user.passwordHash))) return;
  await countFailure(services, usernameKey(username), usernameSlowdown);
  await throttle(services, key, currentPasswordThrottle);
  throw new DomainError(400, 'wrong_password', 'The current password is wrong.', { fields: [{ field: 'currentPassword', message: 'wrong password' }] });
}
