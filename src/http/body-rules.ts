import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DomainError } from '../domain/errors';

/** The most any request body may hold: a 500-ticket batch or a long notice is a few KiB. */
export const maxBodyBytes = 64 * 1024;

/** 413 for a larger body, before it is read whole; anonymous routes included. */
export function boundedBodies(): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBodyBytes,
    onError: () => {
      throw new DomainError(413, 'too_large', `The request body is over ${maxBodyBytes / 1024} KiB.`);
    },
  });
}

const stateChanging = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * 415 for a state-changing API request whose body is not JSON. A form on another site can post
 * `text/plain` or a form encoding without a CORS preflight; only JSON needs one.
 */
export function jsonBodiesOnly(): MiddlewareHandler {
  return async (c, next) => {
    if (stateChanging.has(c.req.method) && hasBody(c.req.raw)) {
      const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json') {
        throw new DomainError(415, 'unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.');
      }
    }
    await next();
  };
}

function hasBody(request: Request) {
  const length = request.headers.get('content-length');
  if (length !== null) return Number(length) > 0;
  return request.headers.has('transfer-encoding') || request.body !== null;
}
