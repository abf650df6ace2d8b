import type { Context } from 'hono';
import { assertNotThrottled, throttle } from '../db/rate-limit';
import type { Services } from './context';

/** SPEC: past 20 unknown codes in 10 minutes an address gets 429; valid look-ups do not count. */
export const codeLookupThrottle = { limit: 20, windowMs: 10 * 60 * 1000 };

/**
 * Runs a look-up of a code typed by the public (ticket, membership, either), counting a miss
 * against the caller's address so codes cannot be guessed; an address over the limit is refused
 * before the look-up, hit or miss, so a throttled guesser learns nothing.
 */
export async function guardedLookup<T>(c: Context, find: (services: Services) => Promise<T | null | undefined>): Promise<T | null> {
  const services: Services = c.get('services');
  const key = `code:${services.clientAddress(c)}`;
  await assertNotThrottled(services, key, codeLookupThrottle);
  const found = await find(services);
  if (found == null) {
    await throttle(services, key, codeLookupThrottle);
    return null;
  }
  return found;
}
