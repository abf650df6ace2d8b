
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { roles, ticketStatuses } from '../../domain/vocabulary';

// Instants are epoch milliseconds (UTC); local dates are 'YYYY-MM-DD' in the site's zone.

export const sites = sqliteTable('sites', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  address: text('address').notNull().default(''),
  timezone: text('timezone').notNull().default('Europe/Oslo'),
  createdAt: integer('created_at').notNull(),
});

export const distributions = sqliteTable(
  'distributions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    siteId: integer('site_id').notNull().references(() => sites.id, { onDelete: 'cascade' }),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    rrule: text('rrule').notNull(),
    startsOn: text('starts_on').notNull(),
    until: text('until'),
    opens: text('opens').notNull(),
    closes: text('closes').notNull(),
    slotMinutes: integer('slot_minutes').notNull(),
    perSlot: integer('per_slot').notNull(),
    // Bumped by a trigger whenever a field above that shapes the slots changes (see
    // drizzle/schema.sql): a seat planned from one version is refused once the row has another.
    version: integer('version').notNull().default(0),
  },
  (t) => [uniqueIndex('distributions_site_slug').on(t.siteId, t.slug)],
);

export const closures = sqliteTable(
  'closures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    distributionId: integer('distribution_id').notNull().references(() => distributions.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    reason: text('reason').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('closures_distribution_date').on(t.distributionId, t.date)],
);


export const tickets = sqliteTable(
  'tickets',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull().unique(),
    distributionId: integer('distribution_id').notNull().references(() => distributions.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    slotStart: integer('slot_start').notNull(),
    slotEnd: integer('slot_end').notNull(),
    status: text('status', { enum: ticketStatuses }).notNull().default('booked'),
    note: text('note'),
    // Structured (JSON) so each page renders it in the reader's language.
    notice: text('notice'),
    issuedAt: integer('issued_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    // A day's tickets (pickup lists, batches, reflows; a slot's by its day). Slot counts live in
    // slot_loads, so no index by slot: each index is another page written for every ticket.
    index('tickets_day').on(t.distributionId, t.date),
  ],
);

/**
 * Live (not cancelled) tickets per slot, kept exact by triggers on tickets in the same statement
 * (migration slot_load_triggers), so it cannot drift. The capacity triggers and the seat choice
 * read one row by key instead of counting the slot's or the day's tickets on every issue.
 */
export const slotLoads = sqliteTable(
  'slot_loads',
  {
    distributionId: integer('distribution_id').notNull().references(() => distributions.id, { onDelete: 'cascade' }),
    slotStart: integer('slot_start').notNull(),
    taken: integer('taken').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.distributionId, t.slotStart] })],
);

/**
 * Checks run inside a write's own atomic unit (statement batch or transaction): a row inserted
 * here makes its BEFORE INSERT triggers abort the unit with 'plan_stale' when the plan it was
 * made from no longer holds, and is deleted as soon as it passes, so the table stays empty.
 * - `version`: the distribution's version the plan was made from (issuing, re-seating);
 * - `ticketsFrom` + `expectedTickets`: the live tickets from that date on, as JSON
 *   [[id, status, slot_start], ...], exactly as the plan read them (re-seating);
 * - `seatsFrom`: no slot from that date on keeps a booked ticket over capacity (re-seating's end).
 */
export const capacityGuards = sqliteTable('capacity_guards', {
  id: integer('id').primaryKey(),
  distributionId: integer('distribution_id').notNull(),
  version: integer('version'),
  ticketsFrom: text('tickets_from'),
  expectedTickets: text('expected_tickets'),
  seatsFrom: text('seats_from'),
});

/** What retention keeps after tickets are deleted: anonymous per-day counts. */
export const dailyCounts = sqliteTable(
  'daily_counts',
  {
    distributionId: integer('distribution_id').notNull().references(() => distributions.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    booked: integer('booked').notNull().default(0),
    pickedUp: integer('picked_up').notNull().default(0),
    noShow: integer('no_show').notNull().default(0),
    cancelled: integer('cancelled').notNull().default(0),
    // The day's seats as planned on the day (slots × per slot), frozen by the clean-up soon after
    // the day so that a later capacity change does not rewrite what a report says about it.
    capacity: integer('capacity'),
  },
  (t) => [uniqueIndex('daily_counts_key').on(t.distributionId, t.date)],
);


export const users = sqliteTable('users', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  username: text('username').notNull().unique(),
  role: text('role', { enum: roles }).notNull(),
  passwordHash: text('password_hash').notNull(),
  createdAt: integer('created_at').notNull(),
  // Set when an admin disables the user: no login, every session and token ended, the name kept.
  disabledAt: integer('disabled_at'),
});

/** Login sessions and API tokens; only a SHA-256 of the secret is stored. */
export const sessions = sqliteTable(
  'sessions',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: integer('user_id').notNull().references(() => users.id, { onDelete: 'cascade' }),
    kind: text('kind', { enum: ['cookie', 'api'] }).notNull(),
    label: text('label'),
    expiresAt: integer('expires_at').notNull(),
    createdAt: integer('created_at').notNull(),
    // When an API token was last used (to the minute), so an admin can see which are alive.
    lastUsedAt: integer('last_used_at'),
  },
  (t) => [index('sessions_expires').on(t.expiresAt)],
);

/** Fixed-window counters for throttling, in the database so every Worker isolate sees them. */
export const rateLimits = sqliteTable('rate_limits', {
  key: text('key').primaryKey(),
  windowStart: integer('window_start').notNull(),
  count: integer('count').notNull(),
});

