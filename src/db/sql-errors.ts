/** Messages raised by the triggers in drizzle/0001_capacity_triggers.sql, 0009_capacity_guard.sql and round_triggers. */
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

export function isNotNullViolation(error: unknown, column: string): boolean {
  const text = messages(error);
  return text.includes('NOT NULL constraint failed') && text.includes(column);
}
