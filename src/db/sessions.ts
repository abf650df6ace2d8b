import { and, eq, lte, sql } from 'drizzle-orm';
import type { Services } from '../services';
import { prepared } from './prepared';
import { sessions, users } from './schema';

export type SessionKind = (typeof sessions.$inferInsert)['kind'];

/**
 * Session rows, found by the hash of their secret: the secret itself never reaches the database
 * (src/auth/sessions.ts makes it and hashes it).
 */
export async function insertSession({ db }: Services, session: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(session);
}

// Every logged-in request asks this.
const sessionUser = prepared((db) =>
  db
    .select({ id: users.id, username: users.username, role: users.role, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.tokenHash, sql.placeholder('hash')))
    .prepare(),
);

/** The user of the session with this hash, and when it expires; null when there is none. */
export async function findSessionUser({ db }: Services, tokenHash: string) {
  return (await sessionUser(db).get({ hash: tokenHash })) ?? null;
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
