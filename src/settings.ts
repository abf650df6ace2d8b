import { z } from 'zod';
import { parseTrustedProxies, proxyHeaders, type AddressRange, type ProxyHeader } from './domain/client-address';

/** Settings read from the environment (Node) or the Worker's vars; names fixed by SPEC.md. */
export type Settings = {
  retentionDays: number;
  /** Days an audit entry is kept (HENTETID_AUDIT_DAYS). */
  auditDays: number;
  demo: boolean;
  adminPassword: string | null;
  publicUrl: string | null;
  /** Reverse proxies whose X-Forwarded-For / Forwarded is believed (Node). */
  trustedProxies: AddressRange[];
  /** The one header a trusted proxy's client is read from (HENTETID_PROXY_HEADER); absent means x-forwarded-for. */
  proxyHeader?: ProxyHeader;
};

const envSchema = z.object({
  HENTETID_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(14),
  HENTETID_AUDIT_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  HENTETID_DEMO: z.enum(['0', '1']).default('1'),
  HENTETID_ADMIN_PASSWORD: z.string().min(1).optional(),
  HENTETID_PUBLIC_URL: z.url().optional(),
  HENTETID_TRUSTED_PROXIES: z.string().optional(),
  HENTETID_PROXY_HEADER: z.preprocess((v) => (typeof v === 'string' ? v.trim().toLowerCase() : v), z.enum(proxyHeaders)).default('x-forwarded-for'),
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
    auditDays: e.HENTETID_AUDIT_DAYS,
    demo: e.HENTETID_DEMO === '1',
    adminPassword: e.HENTETID_ADMIN_PASSWORD ?? null,
    publicUrl: e.HENTETID_PUBLIC_URL?.replace(/\/+$/, '') ?? null,
    trustedProxies: trustedProxiesFrom(e.HENTETID_TRUSTED_PROXIES),
    proxyHeader: e.HENTETID_PROXY_HEADER,
  };
}

function trustedProxiesFrom(text: string | undefined) {
  try {
    return parseTrustedProxies(text);
  } catch (error) {
    throw new Error(`Bad configuration: HENTETID_TRUSTED_PROXIES: ${(error as Error).message}`);
  }
}
