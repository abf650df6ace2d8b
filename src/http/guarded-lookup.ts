import type { Context } from 'hono';
import type { ActivityRow } from '../db/activities';
import { findMembership } from '../db/memberships';
import { assertCounterUnderLimit, counterOf, throttle, type Counter } from '../db/rate-limit';
import { isStorageFault } from '../db/sql-errors';
import { findTicketWithCounter, type TicketWithPlace } from '../db/tickets';
import { DomainError } from '../domain/errors';
import type { Services } from '../services';
import type { AppEnv } from './context';
import { clientAddress } from './client-address';

/** SPEC: past 20 unknown codes in 10 minutes an address gets 429; valid look-ups do not count. */
const codeLookupThrottle = { limit: 20, windowMs: 10 * 60 * 1000 };

function codeLookupKey(c: Context) {
  return `code:${clientAddress(c)}`;
}

/** What a look-up found, with the caller's counter when it was read in the same statement. */
type Finding<T> = { found: T | null; counter?: Counter | null };

/**
 * The one path every code typed by the public (ticket, stop, membership) takes: an address over
 * the limit gets 429 whether the code is right or wrong, so a throttled guesser learns nothing;
 * otherwise a miss counts against it and a hit counts nothing. A look-up may bring the counter
 * with it (the ticket's, the busiest public read, costs one statement); else it is read here.
 */
async function lookUpCounted<T>(c: Context, find: (services: Services, counterKey: string) => Promise<Finding<T>>): Promise<T | null> {
  const services: Services = c.get('services');
  const key = codeLookupKey(c);
  const { found, counter } = await find(services, key);
  assertCounterUnderLimit(counter === undefined ? await counterOf(services, key) : counter, services.now(), codeLookupThrottle);
  if (found === null) await countMiss(services, key);
  return found;
}

/** A code typed by the public, looked up by `find` (a stop, a membership) and guarded as above. */
export function guardedLookup<T>(c: Context, find: (services: Services) => Promise<T | null | undefined>): Promise<T | null> {
  return lookUpCounted(c, async (services) => ({ found: (await find(services)) ?? null }));
}

/** A ticket code typed by the public, guarded as above; when no ticket has it, `otherwise` may find something else. */
export function guardedTicketLookup<T = never>(
  c: Context,
  typed: string,
  otherwise: (services: Services) => Promise<T | null | undefined> = async () => null,
): Promise<TicketWithPlace | T | null> {
  return lookUpCounted<TicketWithPlace | T>(c, async (services, counterKey) => (await findTicketWithCounter(services, typed, counterKey)) ?? { found: (await otherwise(services)) ?? null });
}

/**
 * A miss is counted, but a look-up is a read: on a full or read-only disk the answer (not found)
 * still goes out uncounted rather than as a 503. Only that class of failure is let pass; the
 * counter already read refuses an address over its limit, so guessing stays bounded by what was
 * counted before the disk filled.
 */
async function countMiss(services: Services, key: string) {
  try {
    await throttle(services, key, codeLookupThrottle);
  } catch (error) {
    if (!isStorageFault(error)) throw error;
  }
}

/** A code typed by the public: misses count against the caller's address, like ticket codes. */
export async function lookUpMembershipForCaller(c: Context<AppEnv>, typed: string, a?: ActivityRow) {
  const found = await guardedLookup(c, (services) => findMembership(services, typed, a));
  if (!found) throw new DomainError(404, 'membership_not_found', 'No membership has that code.');
  return found;
}
