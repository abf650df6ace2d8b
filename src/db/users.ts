import { and, desc, eq, gte, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { DomainError } from '../domain/errors';
import type { Services } from '../services';
import type { Role } from '../domain/vocabulary';
import { auditEntry, type Actor } from './audit';
import { auditEntryIf } from './audit-if';
import { auditLog, sessions, users } from './schema';

/**
 * SQL for "this row may stop being an active admin": it is not one, or another active admin
 * remains. Used inside the UPDATE/DELETE itself so two admins demoting, disabling or removing
 * each other at once cannot both succeed.
 */
const anotherAdminRemains = or(
  ne(users.role, 'admin'),
  isNotNull(users.disabledAt),
  sql`(select count(*) from ${users} where ${users.role} = 'admin' and ${users.disabledAt} is null) > 1`,
)!;

function lastAdmin() {
  return new DomainError(409, 'last_admin', 'This is the last active admin; make another admin first.');
}

function notFound(username: string) {
  return new DomainError(404, 'not_found', `No user ${username}.`);
}

export async function listUsers({ db }: Services) {
  return db.select().from(users).orderBy(users.username).all();
}

export async function findUser({ db }: Services, username: string) {
  const user = await db.select().from(users).where(eq(users.username, username)).get();
  if (!user) throw notFound(username);
  return user;
}

/** A new user with a password already hashed (auth/password): the password itself never reaches the database layer. */
export async function createUser(services: Services, input: { username: string; role: Role; passwordHash: string }, actor: Actor) {
  await assertNameNotRecentlyRemoved(services, input.username);
  const passwordHash = input.passwordHash;
  // The entry goes first, on the same condition as the insert: a taken name records nothing.
  const free = sql`not exists (select 1 from ${users} where ${users.username} = ${input.username})`;
  const [, inserted] = (await services.store.atomic([
    auditEntryIf(services, actor, 'user_created', input.username, free),
    services.db
      .insert(users)
      .values({ username: input.username, role: input.role, passwordHash, createdAt: services.now() })
      .onConflictDoNothing({ target: users.username })
      .returning({ username: users.username, role: users.role }),
  ])) as [unknown[], { username: string; role: Role }[]];
  if (inserted.length === 0) throw new DomainError(409, 'duplicate_username', `The username ${input.username} is taken.`);
  return inserted[0]!;
}

/**
 * The audit log names users by username: a removed user's name stays out of use while the log
 * still holds entries about them (HENTETID_AUDIT_DAYS), so no entry can be read as a newcomer's.
 * Read before the insert: two admins removing and re-creating one name in the same instant is
 * not a case worth a trigger.
 */
async function assertNameNotRecentlyRemoved(services: Services, username: string) {
  const since = services.now() - services.settings.auditDays * 24 * 60 * 60 * 1000;
  const removed = await services.db
    .select({ at: auditLog.at })
    .from(auditLog)
    .where(and(eq(auditLog.action, 'user_removed'), eq(auditLog.target, username), gte(auditLog.at, since)))
    .orderBy(desc(auditLog.at))
    .get();
  if (!removed) return;
  const free = DateTime.fromMillis(removed.at + services.settings.auditDays * 24 * 60 * 60 * 1000, { zone: 'UTC' }).toISODate();
  throw new DomainError(409, 'duplicate_username', `The username ${username} belonged to a removed user whom the audit log still names; it can be used again from ${free}.`, {
    fields: [{ field: 'username', message: `in use in the audit log until ${free}` }],
  });
}

/**
 * One change to a user row, with its audit entry and the sessions it ends, all in one unit. The
 * entry and the session deletions carry the change's own condition (read before the UPDATE), so
 * a refused change leaves everything as it was. Returns whether the change happened.
 */
async function changeUser(
  services: Services,
  actor: Actor,
  target: { id: number; username: string },
  action: Parameters<typeof auditEntry>[2],
  change: { set?: Partial<typeof users.$inferInsert>; remove?: boolean; allowed: SQL; endSessions?: SQL; audited?: SQL },
) {
  const { db } = services;
  const row = and(eq(users.id, target.id), change.allowed)!;
  const applies = sql`exists (select 1 from ${users} where ${row})`;
  const queries = [
    auditEntryIf(services, actor, action, change.audited ?? target.username, applies),
    ...(change.endSessions ? [db.delete(sessions).where(and(eq(sessions.userId, target.id), change.endSessions, applies)).returning({ id: sessions.userId })] : []),
    change.remove ? db.delete(users).where(row).returning({ id: users.id }) : db.update(users).set(change.set!).where(row).returning({ id: users.id }),
  ];
  const results = await services.store.atomic(queries);
  return (results[results.length - 1] as unknown[]).length > 0;
}

/** Changes a role; 404 for an unknown user, 409 when it would leave no active admin. */
export async function setUserRole(services: Services, username: string, role: Role, actor: Actor) {
  const target = await findUser(services, username);
  const allowed = role === 'admin' ? sql`1` : anotherAdminRemains;
  // "kari: volunteer → staff". The entry is written before the update in the same unit, so it
  // reads the role being replaced, even if another admin changed it since findUser.
  const audited = sql`${target.username} || ': ' || (select ${users.role} from ${users} where ${users.id} = ${target.id}) || ' → ' || ${role}`;
  if (!(await changeUser(services, actor, target, 'user_role_changed', { set: { role }, allowed, audited }))) throw lastAdmin();
  return { ...target, role };
}

/**
 * An admin gives a user a new password: every session and token of the user ends at once, except
 * `keepSession` (the admin's own, when resetting their own password here).
 */
export async function resetPassword(services: Services, username: string, passwordHash: string, actor: Actor, keepSession?: string) {
  const target = await findUser(services, username);
  const endSessions = keepSession ? ne(sessions.tokenHash, keepSession) : sql`1`;
  await changeUser(services, actor, target, 'user_password_reset', { set: { passwordHash }, allowed: sql`1`, endSessions });
  return target;
}

/** A user changes their own password: their other sessions and tokens end, this one stays. */
export async function changeOwnPassword(services: Services, userId: number, passwordHash: string, actor: Actor, currentSession: string) {
  const target = { id: userId, username: actor?.username ?? '' };
  await changeUser(services, actor, target, 'own_password_changed', { set: { passwordHash }, allowed: sql`1`, endSessions: ne(sessions.tokenHash, currentSession) });
}

/** No login, every session and token ended; 409 for the last active admin. Disabling twice is no error. */
export async function disableUser(services: Services, username: string, actor: Actor) {
  const target = await findUser(services, username);
  if (target.disabledAt !== null) return target;
  const allowed = and(isNull(users.disabledAt), anotherAdminRemains)!;
  const disabledAt = services.now();
  if (!(await changeUser(services, actor, target, 'user_disabled', { set: { disabledAt }, allowed, endSessions: sql`1` }))) {
    // Disabled meanwhile by someone else is done; anything else is the last admin.
    const now = await findUser(services, username);
    if (now.disabledAt === null) throw lastAdmin();
    return now;
  }
  return { ...target, disabledAt };
}

export async function enableUser(services: Services, username: string, actor: Actor) {
  const target = await findUser(services, username);
  await changeUser(services, actor, target, 'user_enabled', { set: { disabledAt: null }, allowed: isNotNull(users.disabledAt) });
  return { ...target, disabledAt: null };
}

/** Deletes the row; its sessions and tokens go with it. 409 for the last active admin. */
export async function removeUser(services: Services, username: string, actor: Actor) {
  const target = await findUser(services, username);
  // The foreign key cascades too; the explicit delete also covers a connection with foreign keys off.
  if (!(await changeUser(services, actor, target, 'user_removed', { remove: true, allowed: anotherAdminRemains, endSessions: sql`1` }))) {
    const still = await services.db.select({ id: users.id }).from(users).where(eq(users.id, target.id)).get();
    if (still) throw lastAdmin();
    throw notFound(username);
  }
}
