import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { activities } from './outreach';

/**
 * What the clean-up keeps of an activity session when its attendance rows go: per cohort, how
 * many were in it (frozen soon after the session) and how many came. No membership is named.
 */
export const attendanceCounts = sqliteTable(
  'attendance_counts',
  {
    activityId: integer('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    cohort: integer('cohort').notNull(),
    enrolled: integer('enrolled'),
    attended: integer('attended').notNull().default(0),
  },
  (t) => [uniqueIndex('attendance_counts_key').on(t.activityId, t.date, t.cohort)],
);
