import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { DomainError } from '../domain/errors';

/** The most any request body may hold: a 500-ticket batch or a long notice is a few KiB. */
const maxBodyBytes = 64 * 1024;

function tooLarge(): never {
  throw new DomainError(413, 'too_large', `The request body is over ${maxBodyBytes / 1024} KiB.`);
}

/**
 * 413 for a larger body, before it is read whole; anonymous routes included. A declared length
 * is checked from the header; only a body without one (chunked) is counted as it streams, by
 * hono's bodyLimit, which has to take the request's body to do so (on @hono/node-server that
 * builds a whole fetch Request, so it is left to the requests that need it).
 */
export function boundedBodies(): MiddlewareHandler {
  const counted = bodyLimit({ maxSize: maxBodyBytes, onError: tooLarge });
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const length = c.req.header('content-length');
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number(length) > maxBodyBytes) tooLarge();
      return next();
    }
    return counted(c, next);
  };
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
