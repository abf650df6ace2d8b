/** Messages raised by the capacity, guard and round triggers (src/db/schema/schema.sql shows them all). */
export type TriggerFailure = 'slot_full' | 'day_closed' | 'plan_stale' | 'round_changed';

/**
 * Drivers wrap SQLite errors differently (better-sqlite3's SqliteError, D1's "D1_ERROR: ...",
 * drizzle's "Failed query" with a cause), so look through the whole cause chain.
 */
function messages(error: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    parts.push(String((e as { message?: unknown }).message ?? e));
  }
  return parts.join(' | ');
}

export function triggerFailure(error: unknown): TriggerFailure | null {
  const text = messages(error);
  if (text.includes('slot_full')) return 'slot_full';
  if (text.includes('day_closed')) return 'day_closed';
  if (text.includes('plan_stale')) return 'plan_stale';
  if (text.includes('round_changed')) return 'round_changed';
  return null;
}

export function isUniqueViolation(error: unknown, column?: string): boolean {
  const text = messages(error);
  return text.includes('UNIQUE constraint failed') && (!column || text.includes(column));
}


/**
 * SQLite refusing a write for want of space or permission: a full disk (SQLITE_FULL), a
 * read-only file or mount (SQLITE_READONLY*), a failing disk (SQLITE_IOERR*), a file it cannot
 * open. Nothing the caller sent is wrong; the request may succeed once the operator has made room.
 * better-sqlite3 gives the code on the error (or its cause, under drizzle); D1 only in its message.
 */
export function isStorageFault(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string' && storageFaultCode.test(code)) return true;
  }
  const text = messages(error);
  return storageFaultCode.test(text) || storageFaultMessage.test(text);
}

const storageFaultCode = /\bSQLITE_(FULL|READONLY(_[A-Z]+)?|IOERR(_[A-Z]+)?|CANTOPEN)\b/;
const storageFaultMessage = /database or disk is full|attempt to write a readonly database|disk I\/O error|unable to open database file/;
