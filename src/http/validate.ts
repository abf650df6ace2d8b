import type { z } from 'zod';
import { DomainError } from '../domain/errors';

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

/**
 * The OpenAPIHono `defaultHook`: a request its route's schemas refuse becomes the SPEC's 400
 * through the one error handler, like every other error.
 */
export function validationHook(result: { success: true } | { success: false; error: z.ZodError }) {
  if (!result.success) throw invalidInput(result.error.issues);
}
