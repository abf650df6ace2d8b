import type { OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { AppEnv } from '../../src/http/context';
import { apiRoutes } from '../../src/routes';

/** A documented reply: its media type and the zod schema of its body (null: no body). */
type Reply = { mediaType: string; schema: z.ZodType } | null;
/** One operation as its route declares it: where it answers and the schema of each reply. */
export type Operation = { method: string; template: string; pattern: RegExp; params: number; replies: Map<number, Reply> };

/** The operations of an API app mounted at `prefix`, read from the same definitions that make /api/openapi.json. */
export function operationsOf(api: OpenAPIHono<AppEnv>, prefix: string): Operation[] {
  return api.openAPIRegistry.definitions.flatMap((d) => {
    if (d.type !== 'route') return [];
    const template = `${prefix}${d.route.path}`.replace(/\/$/, '') || '/';
    const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`);
    const replies = new Map<number, Reply>();
    for (const [status, reply] of Object.entries(d.route.responses)) {
      const [mediaType, content] = Object.entries((reply as { content?: Record<string, { schema?: unknown }> }).content ?? {})[0] ?? [];
      replies.set(Number(status), mediaType && content?.schema ? { mediaType, schema: content.schema as z.ZodType } : null);
    }
    return [{ method: d.route.method.toUpperCase(), template, pattern, params: (template.match(/\{/g) ?? []).length, replies }];
  });
}

const apiOperations = operationsOf(apiRoutes(), '/api');

/** The operation a request reached: a literal segment wins over a parameter, as in the router. */
export function operationFor(operations: Operation[], method: string, path: string): Operation | undefined {
  const pathname = new URL(path, 'http://x').pathname;
  return operations.filter((o) => o.method === method && o.pattern.test(pathname)).sort((a, b) => a.params - b.params)[0];
}

/**
 * Why a successful reply does not match what its operation documents, or null when it does:
 * an undocumented operation or status, or a body its zod schema refuses.
 */
export function replyProblem(operations: Operation[], method: string, path: string, status: number, body: unknown): string | null {
  const operation = operationFor(operations, method, path);
  if (!operation) return `${method} ${path} is not a documented operation`;
  if (!operation.replies.has(status)) return `${method} ${operation.template} answered ${status}, which it does not document`;
  const reply = operation.replies.get(status);
  if (!reply) return body === null ? null : `${method} ${operation.template} documents no body for ${status}`;
  const result = reply.schema.safeParse(body);
  if (result.success) return null;
  const issues = result.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ');
  return `${method} ${operation.template} ${status}: the reply does not match its schema: ${issues}`;
}

/**
 * Checks a 2xx answer of the JSON API against the schema its route declares, reading a copy so
 * the test can still read the answer; throws, failing the test, on a mismatch.
 */
export async function checkReply(method: string, path: string, res: Response): Promise<void> {
  if (res.status < 200 || res.status > 299 || !path.startsWith('/api/') || path.startsWith('/api/openapi.json')) return;
  const text = await res.clone().text();
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!.trim();
  const documented = operationFor(apiOperations, method, path)?.replies.get(res.status)?.mediaType ?? 'application/json';
  if (text && type !== documented) throw new Error(`${method} ${path} answered ${res.status} with ${type}, not the ${documented} it documents`);
  const body = !text ? null : type === 'application/json' ? JSON.parse(text) : text;
  const problem = replyProblem(apiOperations, method, path, res.status, body);
  if (problem) throw new Error(`${problem}\n${text.slice(0, 2000)}`);
}
