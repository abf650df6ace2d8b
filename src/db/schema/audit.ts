import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Who did what to whom, for the centre to show who looked at health data (GDPR art. 9):
 * logins, user changes, capacity and hours changes, closures, cancellations, notices and every
 * contact-tracing look-up. `username` is kept as text so the entry outlives a removed user;
 * `target` names the place, the user or the code. Deleted after HENTETID_AUDIT_DAYS.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at').notNull(),
    username: text('username'),
    action: text('action').notNull(),
    target: text('target').notNull().default(''),
  },
  (t) => [index('audit_log_at').on(t.at)],
);
