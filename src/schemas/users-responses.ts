import { z } from 'zod';
import { roles } from '../domain/vocabulary';

const role = z.enum(roles);

export const sessionViewSchema = z.strictObject({ user: z.strictObject({ username: z.string(), role }) });
export const userViewSchema = z.strictObject({ username: z.string(), role });
export const userListEntrySchema = z.strictObject({ username: z.string(), role, createdAt: z.string() });
export const issuedTokenSchema = z.strictObject({
  token: z.string().describe('shown once; send as Authorization: Bearer'),
  label: z.string(),
  expiresAt: z.string(),
});
