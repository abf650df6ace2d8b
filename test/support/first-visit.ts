import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';

export type RawAnswer = { status: number; headers: Record<string, string | string[] | undefined>; body: Buffer };

/** One GET with the bytes as they came over the wire (fetch would undo the compression). */
export function rawGet(url: string, headers: Record<string, string> = {}) {
  return new Promise<RawAnswer>((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    })
      .on('error', reject)
      .end();
  });
}

/** The first TCP window of a new connection: ten segments, what a phone gets before its first acknowledgement. */
export const firstWindowBytes = 14 * 1024;

/**
 * What a first visit to a page costs on the wire with gzip: the page and each stylesheet and
 * script it loads (the browser fetches them before it can show the page), as sent.
 */
export async function firstVisit(base: string, path: string) {
  const page = await rawGet(`${base}${path}`, { 'accept-encoding': 'gzip' });
  const html = (page.headers['content-encoding'] === 'gzip' ? gunzipSync(page.body) : page.body).toString();
  const loads = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"|<script src="([^"]+)"/g)].map((m) => m[1] ?? m[2]!);
  const files = await Promise.all(loads.map(async (href) => ({ href, answer: await rawGet(`${base}${href}`, { 'accept-encoding': 'gzip' }) })));
  const bytes = page.body.length + files.reduce((sum, f) => sum + f.answer.body.length, 0);
  return { page, html, files, bytes };
}
