import { parse, serialize } from 'hono/utils/cookie';
import type { D1Binding, D1Session } from './adapters/request-d1';

/** The cookie that carries a browser's D1 bookmark: the point in the database its next reads must see. */
export const bookmarkCookie = 'hentetid_d1_bookmark';
// D1 bookmarks are hex groups joined by dashes; anything else is not passed to withSession.
const bookmarkShape = /^[0-9a-f-]{1,200}$/i;
// Replicas lag by seconds; an hour covers a read long after a write.
const bookmarkMaxAgeSeconds = 60 * 60;

/**
 * The D1 session (Sessions API, read replication) a request runs on. Writes and signed-in staff
 * go to the primary (`first-primary`): what they just did is there. Anonymous reads (the ticket
 * page, look-ups, schedules) may go to the nearest replica, but never one older than the bookmark
 * this browser was last given, so someone who just issued, moved or cancelled a ticket and then
 * opens the public page sees the change. `remember`: a signed-in change (any unsafe method), after
 * which the answer carries the bookmark. Null when the binding has no Sessions API.
 */
export function d1SessionFor(binding: D1Binding, request: Request): { session: D1Session; remember: boolean } | null {
  if (!binding.withSession) return null;
  const cookies = parse(request.headers.get('cookie') ?? '');
  // The session cookie is `hentetid_session`, or `__Host-hentetid_session` over https (src/http/authenticate.ts).
  const signedIn = request.headers.has('authorization') || 'hentetid_session' in cookies || '__Host-hentetid_session' in cookies;
  const reading = request.method === 'GET' || request.method === 'HEAD';
  if (signedIn || !reading) return { session: binding.withSession('first-primary'), remember: signedIn && !reading };
  const bookmark = cookies[bookmarkCookie];
  return { session: binding.withSession(bookmark && bookmarkShape.test(bookmark) ? bookmark : 'first-unconstrained'), remember: false };
}

/** The answer with the session's bookmark in a cookie. */
export function withBookmarkCookie(response: Response, session: D1Session, request: Request): Response {
  const bookmark = session.getBookmark();
  if (!bookmark || !bookmarkShape.test(bookmark)) return response;
  const answer = new Response(response.body, response);
  const secure = new URL(request.url).protocol === 'https:';
  answer.headers.append('Set-Cookie', serialize(bookmarkCookie, bookmark, { path: '/', httpOnly: true, sameSite: 'Lax', secure, maxAge: bookmarkMaxAgeSeconds }));
  return answer;
}
