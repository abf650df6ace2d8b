import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError } from '../domain/errors';
import { isStorageFault } from '../db/sql-errors';
import { logUnexpected } from './error-log';

export function errorBody(code: string, message: string, details?: Record<string, unknown>) {
  return { error: { code, message, ...details } };
}

/** The one place errors become responses: DomainError keeps its status, the rest never leak. */
export function handleError(error: Error, c: Context) {
  if (error instanceof DomainError) {
    if (error.status === 429 && typeof error.details?.retryAfter === 'number') {
      c.header('Retry-After', String(error.details.retryAfter));
    }
    return c.json(errorBody(error.code, error.message, error.details), error.status as ContentfulStatusCode);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const message = error.message || 'Bad request';
    // hono's own refusals: a body that is not JSON (400), or not declared as JSON (415).
    if (error.status === 400) return c.json(errorBody('invalid_input', message, { fields: [{ field: '(body)', message }] }), 400);
    return c.json(errorBody(error.status === 415 ? 'unsupported_media_type' : 'http_error', message), error.status);
  }
  if (isStorageFault(error)) return storageUnavailable(c, error);
  logUnexpected({ path: redactPath(c.req.path) }, error);
  return c.json(errorBody('internal', 'Something went wrong on our side.'), 500);
}

/** How long a client is asked to wait when the disk takes no write: long enough for an operator to be told. */
export const storageRetryAfterSeconds = 60;

/**
 * A write SQLite refused for space or permission (full disk, read-only file): 503 with
 * Retry-After, since nothing in the request was wrong. Logged (code and place only) so the
 * operator sees it; reads go on being served meanwhile.
 */
export function storageUnavailable(c: Context, error: unknown) {
  logUnexpected({ path: redactPath(c.req.path), storage: 'unavailable' }, error);
  c.header('Retry-After', String(storageRetryAfterSeconds));
  return c.json(errorBody('storage_unavailable', 'The database takes no changes just now (the disk may be full or read-only). Nothing was saved; try again later.'), 503);
}

/** Ticket and membership codes in paths are pseudonymous health data: never log them. */
export function redactPath(path: string) {
  return path
    .replace(/^\/t\/[^/]+/, '/t/<code>')
    .replace(/^\/api\/tickets\/[^/]+/, '/api/tickets/<code>')
    .replace(/\/members\/[^/]+/, '/members/<code>')
    .replace(/^\/m\/[^/]+/, '/m/<code>')
    .replace(/^\/api\/memberships\/[^/]+/, '/api/memberships/<code>')
    .replace(/\/skips\/[^/]+/, '/skips/<code>')
    .replace(/^\/staff\/tickets\/[^/]+/, '/staff/tickets/<code>');
}
