import type { OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { AppEnv } from '../../src/http/context';
import { apiRoutes } from '../../src/routes';

/** One operation as its route declares it: where it answers and the zod schema of each JSON reply. */
export type Operation = { method: string; template: string; pattern: RegExp; params: number; replies: Map<number, z.ZodType | null> };

/** The operations of an API app mounted at `prefix`, read from the same definitions that make /api/openapi.json. */
export function operationsOf(api: OpenAPIHono<AppEnv>, prefix: string): Operation[] {
  return api.openAPIRegistry.definitions.flatMap((d) => {
    if (d.type !== 'route') return [];
    const template = `${prefix}${d.route.path}`.replace(/\/$/, '') || '/';
    const pattern = new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`);
    const replies = new Map<number, z.ZodType | null>();
    for (const [status, reply] of Object.entries(d.route.responses)) {
      const schema = (reply as { content?: Record<string, { schema?: unknown }> }).content?.['application/json']?.schema;
      replies.set(Number(status), (schema as z.ZodType | undefined) ?? null);
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
  const schema = operation.replies.get(status);
  if (!schema) return body === null ? null : `${method} ${operation.template} documents no body for ${status}`;
  const result = schema.safeParse(body);
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
  const isJson = (res.headers.get('content-type') ?? '').includes('application/json');
  if (text && !isJson) throw new Error(`${method} ${path} answered ${res.status} with ${res.headers.get('content-type')}, not JSON`);
  const problem = replyProblem(apiOperations, method, path, res.status, text ? JSON.parse(text) : null);
  if (problem) throw new Error(`${problem}\n${text.slice(0, 2000)}`);
}
