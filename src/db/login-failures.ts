import { and, desc, eq, gte, inArray, notExists, sql } from 'drizzle-orm';
import type { Services } from '../services';
import { auditLog } from './schema';

/** Failures on one username within this time of the entry's first make one audit entry. */
const loginFailureBurstMs = 60 * 60 * 1000;
/** A username as typed is kept only this long in the audit log: enough to recognise, not a paste of anything. */
const typedUsernameLength = 64;

/**
 * Notes a failed login in the audit log as `login_failed` by the username as typed (never the
 * password) with the caller's network, not its address. A burst is one entry whose target starts
 * with the count (`37 × 203.0.113.0/24`, the network of the latest): an attack shows on
 * /admin/audit without thousands of rows. The update and the insert run as one unit, so concurrent
 * failures neither lose a count nor open a second entry.
 */
export async function recordLoginFailure(services: Services, typedUsername: string, address: string): Promise<void> {
  const { db, store } = services;
  const now = services.now();
  const username = typedUsername.trim().slice(0, typedUsernameLength);
  const network = networkOf(address);
  const sameBurst = and(eq(auditLog.action, 'login_failed'), sql`lower(${auditLog.username}) = lower(${username})`, gte(auditLog.at, now - loginFailureBurstMs));
  // CAST reads the leading count of the target and ignores the rest.
  const counted = db
    .update(auditLog)
    .set({ target: sql`(CAST(${auditLog.target} AS INTEGER) + 1) || ${` × ${network}`}` })
    .where(inArray(auditLog.id, db.select({ id: auditLog.id }).from(auditLog).where(sameBurst).orderBy(desc(auditLog.id)).limit(1)))
    .returning({ id: auditLog.id });
  const opened = db
    .insert(auditLog)
    .select(
      db
        .select({ id: sql`NULL`.as('id'), at: sql`${now}`.as('at'), username: sql`${username}`.as('username'), action: sql`'login_failed'`.as('action'), target: sql`${`1 × ${network}`}`.as('target') })
        .from(sql`(SELECT 1)`)
        .where(notExists(db.select({ one: sql`1` }).from(auditLog).where(sameBurst))) as never,
    )
    .returning({ id: auditLog.id });
  await store.atomic([counted, opened]);
}

/**
 * The network an address belongs to, never the address: an IPv4 address by its /24, an IPv6 one
 * (counted by its /64) by its /48. Anything else (a test's name, `unknown`) only by its kind.
 */
function networkOf(address: string): string {
  const v4 = /^(\d{1,3}\.\d{1,3}\.\d{1,3})\.\d{1,3}$/.exec(address);
  if (v4) return `${v4[1]}.0/24`;
  const v6 = /^([0-9a-f]{1,4}):([0-9a-f]{1,4}):([0-9a-f]{1,4}):/i.exec(address);
  if (v6) return `${v6[1]}:${v6[2]}:${v6[3]}::/48`.toLowerCase();
  return address.includes(':') ? 'IPv6' : 'unknown';
}
