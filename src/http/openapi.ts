import { z } from 'zod';

type Method = 'get' | 'post' | 'patch' | 'delete';
export type Operation = {
  method: Method;
  /** Hono path, e.g. `/api/sites/:site`; turned into OpenAPI's `{site}` form. */
  path: string;
  summary: string;
  role: 'public' | 'volunteer' | 'staff' | 'admin' | 'any';
  body?: z.ZodType;
  query?: z.ZodObject;
  success: number;
};

const operations: Operation[] = [];

/** Routes describe themselves with the same zod schemas they validate with. */
export function documented(op: Operation) {
  operations.push(op);
}

const errorSchema = {
  type: 'object',
  properties: { error: { type: 'object', properties: { code: { type: 'string' }, message: { type: 'string' } }, required: ['code', 'message'] } },
};

export function openApiDocument() {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of operations) {
    const path = op.path.replace(/:([A-Za-z]+)/g, '{$1}');
    const params = [...op.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const queryParams = op.query
      ? Object.entries(op.query.shape).map(([name, schema]) => ({
          name,
          in: 'query',
          required: !(schema as z.ZodType).safeParse(undefined).success,
          schema: z.toJSONSchema(schema as z.ZodType, { unrepresentable: 'any', io: 'input' }),
        }))
      : [];
    const responses: Record<string, unknown> = { [op.success]: { description: 'Success' } };
    for (const status of ['400', '404', '409']) responses[status] = { description: 'Error', content: { 'application/json': { schema: errorSchema } } };
    if (op.role !== 'public') {
      responses['401'] = { description: 'Not logged in', content: { 'application/json': { schema: errorSchema } } };
      responses['403'] = { description: 'Role too low', content: { 'application/json': { schema: errorSchema } } };
    }
    (paths[path] ??= {})[op.method] = {
      summary: op.summary,
      description: `Role: ${op.role}.`,
      ...(op.role === 'public' ? {} : { security: [{ cookie: [] }, { bearer: [] }] }),
      parameters: [...params, ...queryParams],
      ...(op.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: z.toJSONSchema(op.body, { unrepresentable: 'any', io: 'input' }) } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Hentetid', version: '0.1.0', description: 'Staggered pickup slots, tickets, outreach-bike stops and cohort-capped activities.' },
    components: {
      securitySchemes: {
        cookie: { type: 'apiKey', in: 'cookie', name: 'hentetid_session' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
    paths,
  };
}
