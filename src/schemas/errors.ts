import { z } from 'zod';

/** SPEC: every error is `{error: {code, message}}`; bad input also lists the fields, 409s may add counts. */
export const errorSchema = z.object({
  error: z
    .object({
      code: z.string(),
      message: z.string(),
      fields: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    })
    .catchall(z.unknown()),
});
