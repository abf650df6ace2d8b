import type { Context } from 'hono';
import { validator } from 'hono/validator';
import type { z } from 'zod';
import { DomainError } from '../domain/errors';

type Target = 'json' | 'query' | 'param' | 'form';

/** Turns zod issues into the SPEC's 400 shape, listing every offending field. */
export function invalidInput(issues: z.core.$ZodIssue[]) {
  const fields = issues.map((i) => ({ field: i.path.join('.') || '(body)', message: i.message }));
  const summary = fields.map((f) => `${f.field}: ${f.message}`).join('; ');
  return new DomainError(400, 'invalid_input', `Invalid input: ${summary}`, { fields });
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw invalidInput(result.error.issues);
  return result.data;
}

/** hono's validator with a zod schema; typed so `c.req.valid(target)` carries the parsed shape. */
export function validate<T extends Target, S extends z.ZodType>(target: T, schema: S) {
  return validator(target, (value) => parseWith(schema, value) as z.output<S>);
}

/** The query string as hono's validator hands it to a schema: a repeated key gives an array. */
export function queryValues(c: Context): Record<string, string | string[]> {
  return Object.fromEntries(Object.entries(c.req.queries()).map(([key, values]) => [key, values.length === 1 ? values[0]! : values]));
}
