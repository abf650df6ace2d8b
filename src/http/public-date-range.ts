import type { MiddlewareHandler } from 'hono';
import { assertWithinPublicRange } from '../domain/date-range';
import { isLocalDate, todayIn } from '../domain/local-date';
import type { AppEnv } from './context';
import { routeNeedsLogin } from './login-guards';

/**
 * The public picks the window a schedule is worked out for (`date`, `from`, `to` on any page or
 * API route): anonymous callers get 400 `out_of_range` outside today ± 3 years, so nobody can
 * make the server expand rules over arbitrary centuries. Logged-in staff (reports over past
 * years) are not held to it, nor is an anonymous caller of a staff route: the guard answers
 * them first. A malformed date is left to the route's own validation.
 */
export function publicDateRange(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!c.get('user') && !routeNeedsLogin(c)) {
      const dates: { date?: string; from?: string; to?: string } = {};
      for (const field of ['date', 'from', 'to'] as const) {
        const value = c.req.query(field);
        if (value !== undefined && isLocalDate(value)) dates[field] = value;
      }
      if (dates.date || dates.from || dates.to) assertWithinPublicRange(dates, todayIn('Europe/Oslo', c.get('services').now()));
    }
    await next();
  };
}
