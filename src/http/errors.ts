import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { DomainError } from '../domain/errors';
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
  logUnexpected({ path: redactPath(c.req.path) }, error);
  return c.json(errorBody('internal', 'Something went wrong on our side.'), 500);
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
