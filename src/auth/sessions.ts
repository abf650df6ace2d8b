import type { Actor } from '../db/audit';
import { deleteSession, deleteUserSessions, findSessionUser, insertSession, insertToken, lastUseResolutionMs, touchToken, type SessionKind } from '../db/sessions';
import type { Services } from '../services';
import type { Role } from '../domain/vocabulary';

export type { SessionKind };

/** Who a session or token belongs to, as every handler sees it (`c.var.user`). */
export type SessionUser = { id: number; username: string; role: Role };

const hourMs = 60 * 60 * 1000;
/** A shift at the door, not a week: a shared tablet left logged in should not stay so. */
export const cookieSessionMs = 12 * hourMs;
const apiTokenMs = 365 * 24 * hourMs;

/**
 * Starts a session and returns its secret. Only a SHA-256 of the secret is stored, so a copy of
 * the database does not let anyone log in. An API token is recorded in the audit log.
 */
export async function createSession(
  services: Services,
  userId: number,
  kind: SessionKind,
  label: string | null = null,
  actor: Actor = null,
): Promise<{ token: string; expiresAt: number }> {
  const token = toBase64Url(globalThis.crypto.getRandomValues(new Uint8Array(32)));
  const now = services.now();
  const expiresAt = now + (kind === 'cookie' ? cookieSessionMs : apiTokenMs);
  const row = { tokenHash: await tokenHash(token), userId, kind, label, expiresAt, createdAt: now };
  await (kind === 'api' ? insertToken(services, row, actor) : insertSession(services, row));
  return { token, expiresAt };
}

/**
 * The user behind a live session or token; null when unknown, expired or the user is disabled.
 * An API token's last use is noted, at most once a minute: the row read here says when it
 * was last noted, so most requests write nothing.
 */
export async function resolveSession(services: Services, token: string): Promise<SessionUser | null> {
  const hash = await tokenHash(token);
  const row = await findSessionUser(services, hash);
  const now = services.now();
  if (!row || row.expiresAt <= now) return null;
  if (row.kind === 'api' && (row.lastUsedAt === null || row.lastUsedAt <= now - lastUseResolutionMs)) await touchToken(services, hash);
  return { id: row.id, username: row.username, role: row.role };
}

export async function revokeSession(services: Services, token: string): Promise<void> {
  await deleteSession(services, await tokenHash(token));
}

/** Ends every session of a user, or only those of one kind (all API tokens, say). */
export async function revokeUserSessions(services: Services, userId: number, kind?: SessionKind): Promise<void> {
  await deleteUserSessions(services, userId, kind);
}

/** The stored form of a session's secret: what the database knows the session by. */
export async function tokenHash(token: string) {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

function toBase64Url(bytes: Uint8Array) {
  return btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
