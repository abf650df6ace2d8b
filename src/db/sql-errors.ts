/** Messages raised by the capacity and guard triggers (drizzle/schema.sql shows them all). */
export type TriggerFailure = 'slot_full' | 'day_closed' | 'plan_stale';

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
  return null;
}

export function isUniqueViolation(error: unknown, column?: string): boolean {
  const text = messages(error);
  return text.includes('UNIQUE constraint failed') && (!column || text.includes(column));
}
