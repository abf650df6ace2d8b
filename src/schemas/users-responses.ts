import { z } from 'zod';
import { roles } from '../domain/vocabulary';

const role = z.enum(roles);

export const sessionViewSchema = z.strictObject({ user: z.strictObject({ username: z.string(), role }) });
export const userViewSchema = z.strictObject({ username: z.string(), role });
export const userListEntrySchema = z.strictObject({ username: z.string(), role, createdAt: z.string(), disabledAt: z.string().nullable() });
export const issuedTokenSchema = z.strictObject({
  token: z.string().describe('shown once; send as Authorization: Bearer'),
  id: z.string().describe('for listing and revoking: GET /api/tokens, DELETE /api/tokens/{id}'),
  label: z.string(),
  expiresAt: z.string(),
});
export const userStateSchema = z.strictObject({ username: z.string(), role, disabledAt: z.string().nullable().describe('null: the user is active') });
export const tokenViewSchema = z.strictObject({
  id: z.string().describe('not the secret: the start of its hash, for listing and revoking'),
  username: z.string(),
  label: z.string().nullable(),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable().describe('to the minute; null: never used'),
});
