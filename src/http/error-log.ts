/**
 * What an unexpected error may say in the log: its class, SQLite's error code and where it was
 * thrown. Never its message: drizzle puts a failed query's parameters there (ticket codes,
 * notes, rate-limit keys), and D1's messages repeat the SQL with them.
 */
export function loggableError(error: unknown): { class: string; code?: string; at: string[] } {
  const cause = (error as { cause?: unknown } | null)?.cause;
  const code = sqliteCode(error) ?? sqliteCode(cause);
  const stack = error instanceof Error && typeof error.stack === 'string' ? error.stack : '';
  return {
    class: error instanceof Error ? error.constructor.name : typeof error,
    ...(code ? { code } : {}),
    // The frames only: the stack's first line is the message again.
    at: stack
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .slice(0, 8)
      .map((line) => line.trim()),
  };
}

function sqliteCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^SQLITE_[A-Z_]+$/.test(code)) return code;
  // D1 reports SQLite's errors in its message ("D1_ERROR: ... : SQLITE_CONSTRAINT"); keep the code alone.
  const message = error instanceof Error ? error.message : '';
  return /\b(SQLITE_[A-Z_]+)\b/.exec(message)?.[1];
}

/** One line of JSON for an error nobody expected, on both runtimes. */
export function logUnexpected(context: Record<string, string>, error: unknown) {
  console.error(JSON.stringify({ level: 'error', ...context, error: loggableError(error) }));
}
