import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { MiddlewareHandler } from 'hono';
import { parseAccept } from 'hono/utils/accept';
import { COMPRESSIBLE_CONTENT_TYPE_REGEX } from 'hono/utils/compress';

type Encoding = 'br' | 'gzip';

/** Below this an answer fits in a packet either way; compressing it costs more than it saves. */
const threshold = 1024;

/** No body to compress (204, 304), or a part of one (206). */
const bodiless = new Set([204, 206, 304]);

const noTransform = /(?:^|,)\s*no-transform\s*(?:,|$)/i;

/** The client's preferred encoding among ours: brotli on a tie (smaller), none when it accepts neither. */
export function chooseEncoding(header: string | undefined): Encoding | null {
  if (!header) return null;
  const accepted = parseAccept(header);
  const q = (name: Encoding) => accepted.find((a) => a.type.toLowerCase() === name)?.q ?? accepted.find((a) => a.type === '*')?.q ?? 0;
  const br = q('br');
  const gzip = q('gzip');
  if (br > 0 && br >= gzip) return 'br';
  return gzip > 0 ? 'gzip' : null;
}

function compressed(bytes: Uint8Array, encoding: Encoding): Uint8Array {
  return encoding === 'br'
    ? // Quality 5 of 11: most of brotli's gain at gzip's speed, for pages made per request.
      brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength } })
    : gzipSync(bytes);
}

/**
 * Compresses text answers on Node (Workers' edge compresses by itself, so the Worker entry leaves
 * this out). Not hono's `compress`: that one streams, so it never knows an answer's length (ours
 * carry none in a header) and gzips a 40-byte JSON, and it speaks no brotli. Here the whole answer
 * is in memory anyway, so it is compressed in one call and sent with its length.
 */
export function compressAnswers(): MiddlewareHandler {
  return async function compressAnswers(c, next) {
    // Said before the answer is made: reading or changing a made answer's headers costs
    // @hono/node-server a rebuilt Response (see app.ts), so an answer that stays as it is, the
    // common case, is left untouched.
    c.header('Vary', 'Accept-Encoding', { append: true });
    await next();
    const encoding = chooseEncoding(c.req.header('Accept-Encoding'));
    if (!encoding || c.req.method === 'HEAD') return;
    const res = c.res;
    const type = res.headers.get('Content-Type');
    if (bodiless.has(res.status) || res.headers.has('Content-Encoding')) return;
    if (!type || !COMPRESSIBLE_CONTENT_TYPE_REGEX.test(type) || noTransform.test(res.headers.get('Cache-Control') ?? '')) return;
    const bytes = new Uint8Array(await res.arrayBuffer());
    const headers = new Headers(res.headers);
    const vary = headers.get('Vary');
    if (!vary) headers.set('Vary', 'Accept-Encoding');
    else if (vary !== '*' && !/accept-encoding/i.test(vary)) headers.set('Vary', `${vary}, Accept-Encoding`);
    let body: Uint8Array = bytes;
    if (bytes.byteLength >= threshold) {
      body = compressed(bytes, encoding);
      headers.set('Content-Encoding', encoding);
      const etag = headers.get('ETag');
      if (etag && !etag.startsWith('W/')) headers.set('ETag', `W/${etag}`);
    }
    headers.set('Content-Length', String(body.byteLength));
    // Cleared first: assigning over an answer would re-wrap the new one as a stream.
    c.res = undefined;
    c.res = new Response(body as Uint8Array<ArrayBuffer>, { status: res.status, statusText: res.statusText, headers });
  };
}
