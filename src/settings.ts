import { z } from 'zod';

/** Settings read from the environment (Node) or the Worker's vars; names fixed by SPEC.md. */
export type Settings = {
  retentionDays: number;
  demo: boolean;
  adminPassword: string | null;
  publicUrl: string | null;
};

const envSchema = z.object({
  HENTETID_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(14),
  HENTETID_DEMO: z.enum(['0', '1']).default('1'),
  HENTETID_ADMIN_PASSWORD: z.string().min(1).optional(),
  HENTETID_PUBLIC_URL: z.url().optional(),
});

export function settingsFromEnv(env: Record<string, unknown>): Settings {
  const blankless = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== '' && v !== undefined));
  const parsed = envSchema.safeParse(blankless);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Bad configuration: ${problems}`);
  }
  const e = parsed.data;
  return {
    retentionDays: e.HENTETID_RETENTION_DAYS,
    demo: e.HENTETID_DEMO === '1',
    adminPassword: e.HENTETID_ADMIN_PASSWORD ?? null,
    publicUrl: e.HENTETID_PUBLIC_URL?.replace(/\/+$/, '') ?? null,
  };
}
