import type { Context } from 'hono';
import type { ActivityRow } from '../db/activities';
import { findMembership } from '../db/memberships';
import { assertCounterUnderLimit, assertNotThrottled, throttle } from '../db/rate-limit';
import { isStorageFault } from '../db/sql-errors';
import { findTicketWithCounter, type TicketWithPlace } from '../db/tickets';
import { DomainError } from '../domain/errors';
import type { Services } from '../services';
import type { AppEnv } from './context';
import { clientAddress } from './client-address';

/** SPEC: past 20 unknown codes in 10 minutes an address gets 429; valid look-ups do not count. */
export const codeLookupThrottle = { limit: 20, windowMs: 10 * 60 * 1000 };

function codeLookupKey(c: Context) {
  return `code:${clientAddress(c)}`;
}

/**
 * Runs a look-up of a code typed by the public (ticket, membership, either), counting a miss
 * against the caller's address so codes cannot be guessed; an address over the limit is refused
 * before the look-up, hit or miss, so a throttled guesser learns nothing.
 */
export async function guardedLookup<T>(c: Context, find: (services: Services) => Promise<T | null | undefined>): Promise<T | null> {
  const services: Services = c.get('services');
  const key = codeLookupKey(c);
  await assertNotThrottled(services, key, codeLookupThrottle);
  const found = await find(services);
  if (found == null) {
    await countMiss(services, key);
    return null;
  }
  return found;
}

/**
 * A ticket code typed by the public, guarded as above. The busiest public read, so a hit costs
 * one statement: the ticket comes with the caller's counter and is refused if that is used up.
 * A miss goes the general way with `otherwise` (say, a membership with that code): refused if
 * throttled, else counted once when that finds nothing either.
 */
export async function guardedTicketLookup<T = never>(
  c: Context,
  typed: string,
  otherwise: (services: Services) => Promise<T | null | undefined> = async () => null,
): Promise<TicketWithPlace | T | null> {
  const services: Services = c.get('services');
  const hit = await findTicketWithCounter(services, typed, codeLookupKey(c));
  if (hit) {
    assertCounterUnderLimit(hit.counter, services.now(), codeLookupThrottle);
    return hit.found;
  }
  return guardedLookup(c, otherwise);
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
