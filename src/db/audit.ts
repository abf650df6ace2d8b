import { and, desc, gte, lt } from 'drizzle-orm';
import { dateRange } from '../domain/date-range';
import { addDays, isoInZone, localToInstant, todayIn } from '../domain/local-date';
import type { AuditAction } from '../domain/vocabulary';
import type { AuditEntryView } from '../schemas/audit';
import type { Services } from '../services';
import { auditLog } from './schema';

/** Who did it: the logged-in user, or null for the system (a script, the clean-up). */
export type Actor = { username: string } | null;

/**
 * An audit entry as a query, so a change and its entry go into one `store.atomic` and neither
 * lands without the other.
 */
export function auditEntry({ db, now }: Services, actor: Actor, action: AuditAction, target: string) {
  return db.insert(auditLog).values({ at: now(), username: actor?.username ?? null, action, target }).returning({ id: auditLog.id });
}

/** Records an entry on its own, for what changes nothing (a contact-tracing look-up, a login). */
export async function recordAudit(services: Services, actor: Actor, action: AuditAction, target: string): Promise<void> {
  await auditEntry(services, actor, action, target);
}

/** The entries from `fromMs` up to (not including) `toMs`, newest first. */
export async function auditBetween({ db }: Services, fromMs: number, toMs: number) {
  return db
    .select()
    .from(auditLog)
    .where(and(gte(auditLog.at, fromMs), lt(auditLog.at, toMs)))
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .all();
}

/** For retention: entries older than HENTETID_AUDIT_DAYS go. */
export async function deleteAuditBefore({ db }: Services, cutoffMs: number) {
  await db.delete(auditLog).where(lt(auditLog.at, cutoffMs));
}

/** The audit log is read in the organisation's zone; entries are stored as instants. */
const auditZone = 'Europe/Oslo';

/** The entries of the days from..to (inclusive, a week up to today by default), newest first. */
export async function auditEntries(services: Services, query: { from?: string; to?: string }): Promise<{ from: string; to: string; entries: AuditEntryView[] }> {
  const today = todayIn(auditZone, services.now());
  const { from, to } = dateRange({ from: query.from ?? (query.to ? undefined : addDays(today, -7)), to: query.to ?? (query.from ? undefined : today) }, today, 7);
  const rows = await auditBetween(services, localToInstant(from, 0, auditZone), localToInstant(addDays(to, 1), 0, auditZone));
  return {
    from,
    to,
    entries: rows.map((r) => ({ at: isoInZone(r.at, auditZone), user: r.username, action: r.action as AuditAction, target: r.target })),
  };
}
