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
    if (stateChanging.has(c.req.method)) {
      const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
      // A body says what it is; one that says nothing is refused too (an empty DELETE has none).
      if (type ? type !== 'application/json' : hasFramedBody(c.req.raw)) {
        throw new DomainError(415, 'unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.');
      }
    }
    await next();
  };
}

function hasFramedBody(request: Request) {
  const length = request.headers.get('content-length');
  return (length !== null && Number(length) > 0) || request.headers.has('transfer-encoding');
}
