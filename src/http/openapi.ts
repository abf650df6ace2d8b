import { OpenAPIHono } from '@hono/zod-openapi';
import type { z } from 'zod';
import type { Role } from '../domain/vocabulary';
import { errorSchema } from '../schemas/errors';
import { requireRole } from './authenticate';
import { loginGuard } from './login-guards';
import type { AppEnv } from './context';
import { validationHook } from './validate';

/**
 * An app whose routes are declared with `createRoute`: the same zod schemas validate the
 * request, type the handler's reply and make /api/openapi.json. Each module sets the hook
 * itself, so a module mounted anywhere (or tested alone) answers bad input the same way.
 */
export function apiApp() {
  return new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
}

/** A JSON reply or request body described by a zod schema. */
export function json<S extends z.ZodType>(schema: S, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

/** A required JSON body: a request without one is checked as `{}` and refused by the schema. */
export function jsonBody<S extends z.ZodType>(schema: S) {
  return { required: true, content: { 'application/json': { schema } } };
}

const errorMeaning = {
  400: 'Bad input: `invalid_input` with the offending `fields`; nothing was changed',
  401: 'Not logged in',
  403: 'The role is too low',
  404: 'Unknown resource',
  409: 'Conflict: full, closed, duplicate or not allowed in this state',
  429: 'Too many unknown codes from this address; see Retry-After',
} as const;
type ErrorStatus = keyof typeof errorMeaning;
type ErrorResponse = { description: string; content: { 'application/json': { schema: typeof errorSchema } } };

/** The error replies an operation can give, all in the SPEC's `{error: {code, message}}` shape. */
export function errors<S extends ErrorStatus>(...statuses: S[]): Record<S, ErrorResponse> {
  return Object.fromEntries(statuses.map((s) => [s, json(errorSchema, errorMeaning[s])])) as Record<S, ErrorResponse>;
}

const loggedIn: Record<string, string[]>[] = [{ cookie: [] }, { bearer: [] }];

/** A public operation: no login. */
export const publicAccess = { description: 'Role: public (no login).' };

/** An operation for anyone logged in, whatever the role (volunteer is the lowest). */
export const anyUser = { middleware: loginGuard(requireRole('volunteer')), description: 'Role: any logged-in user.', security: loggedIn };

/** An operation that reads the login if there is one and does the same without (log out). */
export const loginIfAny = { description: 'Role: anyone; without a login it does nothing.', security: loggedIn };

/**
 * An operation guarded by a role: 401 without a login, 403 below `role` (admin > staff > volunteer).
 * The guard runs before the request is validated, so a caller not allowed in learns nothing of it.
 */
export function needs(role: Role) {
  return { middleware: loginGuard(requireRole(role)), security: loggedIn, description: `Role: ${role} or higher (admin > staff > volunteer).` };
}

/** The OpenAPI 3.1 document of an API app mounted at `prefix`, with its ways to log in. */
export function apiDocument(api: OpenAPIHono<AppEnv>, prefix: string) {
  const doc = api.getOpenAPI31Document({
    openapi: '3.1.0',
    info: { title: 'Hentetid', version: '0.1.0', description: 'Staggered pickup slots, tickets, outreach-bike stops and cohort-capped activities.' },
  });
  const paths = Object.fromEntries(Object.entries(doc.paths ?? {}).map(([path, item]) => [`${prefix}${path}`, item]));
  return {
    ...doc,
    components: {
      ...doc.components,
      securitySchemes: {
        cookie: {
          type: 'apiKey',
          in: 'cookie',
          name: 'hentetid_session',
          description: 'Set by POST /api/session; named __Host-hentetid_session over https.',
        },
        bearer: { type: 'http', scheme: 'bearer', description: 'An API token from POST /api/tokens' },
      },
    },
    paths,
  };
}
