import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { stopStatuses } from '../../domain/rounds';
import { sites } from './core';

/**
 * A day's delivery round at a site: stops in driving order, each with a window computed from its
 * place in the order (src/domain/rounds.ts). `version` goes up with every change to the order, so a
 * reorder planned from a stale read is refused by a trigger (migration round_triggers).
 */
export const deliveryRounds = sqliteTable(
  'delivery_rounds',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    siteId: integer('site_id').notNull().references(() => sites.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    name: text('name').notNull(),
    starts: text('starts').notNull(),
    minutesPerStop: integer('minutes_per_stop').notNull().default(15),
    breakAfterStop: integer('break_after_stop'),
    breakMinutes: integer('break_minutes').notNull().default(0),
    delayMinutes: integer('delay_minutes').notNull().default(0),
    version: integer('version').notNull().default(0),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('delivery_rounds_day').on(t.siteId, t.date)],
);

/** A stop's label can point at someone's home: free text, kept only until retention, never logged. */
export const roundStops = sqliteTable(
  'round_stops',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    roundId: integer('round_id').notNull().references(() => deliveryRounds.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    label: text('label').notNull(),
    bring: text('bring'),
    code: text('code').notNull().unique(),
    status: text('status', { enum: stopStatuses }).notNull().default('planned'),
    createdAt: integer('created_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  // No two stops of a round share a place in the order.
  (t) => [uniqueIndex('round_stops_position').on(t.roundId, t.position)],
);

/** What retention keeps of a site's rounds once they go: per day, counts only. */
export const roundCounts = sqliteTable(
  'round_counts',
  {
    siteId: integer('site_id').notNull().references(() => sites.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    rounds: integer('rounds').notNull().default(0),
    stops: integer('stops').notNull().default(0),
    delivered: integer('delivered').notNull().default(0),
    notHome: integer('not_home').notNull().default(0),
  },
  (t) => [uniqueIndex('round_counts_key').on(t.siteId, t.date)],
);
