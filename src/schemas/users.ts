import { z } from 'zod';
import { minPasswordLength } from '../domain/password-rules';
import { roles } from '../domain/vocabulary';

const usernameSchema = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(40)
  .regex(/^[a-z0-9._-]+$/, 'Use only letters a-z, digits, dot, dash and underscore.');
export const passwordSchema = z.string().min(minPasswordLength).max(200);
export const roleSchema = z.enum(roles);
export const newUserSchema = z.object({ username: usernameSchema, password: passwordSchema, role: roleSchema });
export const usernameParamSchema = z.object({ username: z.string().trim().toLowerCase().min(1).max(100) });
export const newPasswordSchema = z.object({ password: passwordSchema });
export const ownPasswordSchema = z.object({ currentPassword: z.string().min(1).max(1000), newPassword: passwordSchema });
export const tokenIdSchema = z.object({ id: z.string().regex(/^[0-9a-f]{16}$/, 'a token id: 16 hex digits') });
