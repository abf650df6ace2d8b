import { z } from 'zod';
import { roles } from '../domain/vocabulary';

const role = z.enum(roles);

export const sessionView = z.strictObject({ user: z.strictObject({ username: z.string(), role }) });
export const userView = z.strictObject({ username: z.string(), role });
export const userListEntry = z.strictObject({ username: z.string(), role, createdAt: z.string() });
export const issuedToken = z.strictObject({
  token: z.string().describe('shown once; send as Authorization: Bearer'),
  label: z.string(),
  expiresAt: z.string(),
});
