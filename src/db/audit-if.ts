import { sql, type SQL } from 'drizzle-orm';
import type { AuditAction } from '../domain/vocabulary';
import type { Services } from '../services';
import type { Actor } from './audit';
import { auditLog } from './schema';

/**
 * An audit entry written only when `condition` holds, as a query for `store.atomic`. Put before
 * the change with the change's own condition, it records exactly the changes that happen: a
 * refused change (the last admin, nothing to undo) leaves no entry.
 */
export function auditEntryIf({ db, now }: Services, actor: Actor, action: AuditAction, target: string | SQL, condition: SQL) {
  return db
    .insert(auditLog)
    .select(sql`select null, ${now()}, ${actor?.username ?? null}, ${action}, ${target} where ${condition}`)
    .returning({ id: auditLog.id });
}
