import { and, desc, eq, gte, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Services } from '../services';
import { auditEntry, type Actor } from './audit';
import { auditEntryIf } from './audit-if';
import { prepared } from './prepared';
import { sessions, users } from './schema';
import { isStorageFault } from './sql-errors';

export type SessionKind = (typeof sessions.$inferInsert)['kind'];

/**
 * Session rows, found by the hash of their secret: the secret itself never reaches the database
 * (src/auth/sessions.ts makes it and hashes it).
 */
export async function insertSession({ db }: Services, session: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(session);
}

/** A new API token with its audit entry, in one unit. */
export async function insertToken(services: Services, session: typeof sessions.$inferInsert, actor: Actor): Promise<void> {
  await services.store.atomic([
    services.db.insert(sessions).values(session).returning({ tokenHash: sessions.tokenHash }),
    auditEntry(services, actor, 'token_created', tokenIdOf(session.tokenHash)),
  ]);
}

// Every logged-in request asks this. A disabled user's sessions no longer count, even before they are deleted.
const sessionUser = prepared((db) =>
  db
    .select({ id: users.id, username: users.username, role: users.role, expiresAt: sessions.expiresAt, kind: sessions.kind, lastUsedAt: sessions.lastUsedAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, sql.placeholder('hash')), isNull(users.disabledAt)))
    .prepare(),
);

/** The user of the session with this hash, and when it expires; null when there is none. */
export async function findSessionUser({ db }: Services, tokenHash: string) {
  return (await sessionUser(db).get({ hash: tokenHash })) ?? null;
}

/** A token's last use is kept to the minute: often enough to tell a live script from a dead one. */
export const lastUseResolutionMs = 60 * 1000;

/** Notes that an API token was used; the condition keeps it to one write a minute per token, however many requests race. */
export async function touchToken({ db, now }: Services, tokenHash: string): Promise<void> {
  const at = now();
  try {
    await db
      .update(sessions)
      .set({ lastUsedAt: at })
      .where(and(eq(sessions.tokenHash, tokenHash), eq(sessions.kind, 'api'), or(isNull(sessions.lastUsedAt), lte(sessions.lastUsedAt, at - lastUseResolutionMs))));
  } catch (error) {
    // The last use is a note, not the request's purpose: on a full or read-only disk a script's
    // reads go on, its token's last use is simply not moved. Any other failure is a real one.
    if (!isStorageFault(error)) throw error;
  }
}

/** A token's public id: the start of its hash, enough to tell tokens apart, useless for logging in. */
export function tokenIdOf(tokenHash: string) {
  return tokenHash.slice(0, 16);
}

/** API tokens, newest first: one user's, or everyone's. */
export async function listTokens({ db, now }: Services, userId?: number) {
  const rows = await db
    .select({ tokenHash: sessions.tokenHash, username: users.username, label: sessions.label, createdAt: sessions.createdAt, expiresAt: sessions.expiresAt, lastUsedAt: sessions.lastUsedAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.kind, 'api'), userId === undefined ? undefined : eq(sessions.userId, userId), gte(sessions.expiresAt, now())))
    .orderBy(desc(sessions.createdAt))
    .all();
  return rows.map(({ tokenHash, ...rest }) => ({ id: tokenIdOf(tokenHash), ...rest }));
}

/**
 * Revokes the API token with this id (of this user, unless `userId` is left out for an admin),
 * with its audit entry. Hashes are lower-case hex, so every hash starting with the id sorts
 * between the id and the id followed by 'g'. Returns whether there was one.
 */
export async function deleteToken(services: Services, id: string, actor: Actor, userId?: number): Promise<boolean> {
  const { db } = services;
  const match = and(
    eq(sessions.kind, 'api'),
    gte(sessions.tokenHash, id),
    lt(sessions.tokenHash, `${id}g`),
    userId === undefined ? undefined : eq(sessions.userId, userId),
  )!;
  const [, removed] = await services.store.atomic([
    auditEntryIf(services, actor, 'token_revoked', id, sql`exists (select 1 from ${sessions} where ${match})`),
    db.delete(sessions).where(match).returning({ tokenHash: sessions.tokenHash }),
  ]);
  return (removed as unknown[]).length > 0;
}

/** Revokes all of a user's API tokens, with one audit entry when there were any. */
export async function deleteAllTokens(services: Services, userId: number, actor: Actor): Promise<void> {
  const mine = and(eq(sessions.userId, userId), eq(sessions.kind, 'api'))!;
  await services.store.atomic([
    auditEntryIf(services, actor, 'token_revoked', 'all', sql`exists (select 1 from ${sessions} where ${mine})`),
    services.db.delete(sessions).where(mine).returning({ tokenHash: sessions.tokenHash }),
  ]);
}

export async function deleteSession({ db }: Services, tokenHash: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

/** Ends every session of a user, or only those of one kind (all API tokens, say). */
export async function deleteUserSessions({ db }: Services, userId: number, kind?: SessionKind): Promise<void> {
  const mine = eq(sessions.userId, userId);
  await db.delete(sessions).where(kind ? and(mine, eq(sessions.kind, kind)) : mine);
}

/** For retention: expired sessions are useless and only grow the table. */
export async function deleteExpiredSessions(services: Services): Promise<void> {
  await services.db.delete(sessions).where(lte(sessions.expiresAt, services.now()));
}
