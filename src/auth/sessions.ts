import { and, eq, lte, sql } from 'drizzle-orm';
import { prepared } from '../db/prepared';
import { keepBounded } from '../domain/keep-bounded';
import { rememberedWhileUnchanged } from '../db/while-unchanged';
import { sessions, users } from '../db/schema';
import type { Services } from '../services';
import type { SessionUser } from '../http/context';

export type SessionKind = 'cookie' | 'api';

const hourMs = 60 * 60 * 1000;
/** A shift at the door, not a week: a shared tablet left logged in should not stay so. */
export const cookieSessionMs = 12 * hourMs;
export const apiTokenMs = 365 * 24 * hourMs;

/**
 * Starts a session and returns its secret. Only a SHA-256 of the secret is stored, so a copy of
 * the database does not let anyone log in.
 */
export async function createSession(
  services: Services,
  userId: number,
  kind: SessionKind,
  label: string | null = null,
): Promise<{ token: string; expiresAt: number }> {
  const token = toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(32)));
  const now = services.now();
  const expiresAt = now + (kind === 'cookie' ? cookieSessionMs : apiTokenMs);
  await services.db.insert(sessions).values({ tokenHash: await tokenHash(token), userId, kind, label, expiresAt, createdAt: now });
  return { token, expiresAt };
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

type KnownSession = { user: SessionUser; expiresAt: number } | null;
// A session, its user and role change only by writes to sessions or users (a logout, a role
// change, a removed user: each moves the reference token at once) or by another process (from
// its next turn); expiry is checked on every request below.
const recentSessions = rememberedWhileUnchanged<KnownSession>({ token: (store) => store.referenceToken?.() });

/** The user behind a live session or token; null when unknown or expired. */
export async function resolveSession(services: Services, token: string): Promise<SessionUser | null> {
  const hash = await tokenHash(token);
  const known = await recentSessions(services.store, hash, async () => {
    const row = await sessionUser(services.db).get({ hash });
    return row ? { user: Object.freeze({ id: row.id, username: row.username, role: row.role }), expiresAt: row.expiresAt } : null;
  });
  return known && known.expiresAt > services.now() ? known.user : null;
}

export async function revokeSession(services: Services, token: string): Promise<void> {
  await services.db.delete(sessions).where(eq(sessions.tokenHash, await tokenHash(token)));
}

/** Ends every session of a user, or only those of one kind (all API tokens, say). */
export async function revokeUserSessions(services: Services, userId: number, kind?: SessionKind): Promise<void> {
  const mine = eq(sessions.userId, userId);
  await services.db.delete(sessions).where(kind ? and(mine, eq(sessions.kind, kind)) : mine);
}

/** For retention: expired sessions are useless and only grow the table. */
export async function deleteExpiredSessions(services: Services): Promise<void> {
  await services.db.delete(sessions).where(lte(sessions.expiresAt, services.now()));
}

// WebCrypto's digest is asynchronous and on Node goes through the thread pool (~50-250 µs under
// load), on every logged-in request; a token's hash never changes, so recent ones are kept.
const recentHashes = new Map<string, string>();
const RECENT_HASHES_LIMIT = 1_000;

async function tokenHash(token: string) {
  const known = recentHashes.get(token);
  if (known) return known;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return keepBounded(recentHashes, RECENT_HASHES_LIMIT, token, Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join(''));
}

function toBase64Url(bytes: Uint8Array) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
