import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { sites } from './core';
import { bikeOffers, bikeStopStatuses, membershipStatuses } from '../../domain/vocabulary';

// Outreach: bike stops, cohort-capped activities, notices. Instants are epoch ms (UTC); local
// dates are 'YYYY-MM-DD' in the stop's or activity's zone. Nothing here holds a name.

/** When a bike stop or an activity happens: a rule of dates from `startsOn`, at a wall time in its zone. */
const recurringTimes = () => ({
  rrule: text('rrule').notNull(),
  startsOn: text('starts_on').notNull(),
  until: text('until'),
  startTime: text('start_time').notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  timezone: text('timezone').notNull().default('Europe/Oslo'),
});

/** One date of a bike stop or an activity called off, and why. */
const cancelledDate = () => ({
  date: text('date').notNull(),
  reason: text('reason').notNull(),
  createdAt: integer('created_at').notNull(),
});

export const bikeStops = sqliteTable('bike_stops', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  place: text('place').notNull(),
  lat: real('lat'),
  lon: real('lon'),
  ...recurringTimes(),
  // JSON array of BikeOffer: read and written whole, never queried into.
  offers: text('offers').notNull().default('[]'),
  createdAt: integer('created_at').notNull(),
});

export const bikeStopCancellations = sqliteTable(
  'bike_stop_cancellations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    stopId: integer('stop_id').notNull().references(() => bikeStops.id, { onDelete: 'cascade' }),
    ...cancelledDate(),
  },
  (t) => [uniqueIndex('bike_stop_cancellations_stop_date').on(t.stopId, t.date)],
);

/** The same-day word from the crew ("about 20 minutes late", "moved to ..."); one per stop and date. */
export const bikeStopUpdates = sqliteTable(
  'bike_stop_updates',
  {
    stopId: integer('stop_id').notNull().references(() => bikeStops.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    status: text('status', { enum: bikeStopStatuses }),
    message: text('message'),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [uniqueIndex('bike_stop_updates_stop_date').on(t.stopId, t.date)],
);

/**
 * Anonymous counts per stop and date, one row per kind so a tally adds up in one upsert.
 * The kind 'people' is the number of people met; every other kind is an item handed out.
 */
export const bikeStopTallies = sqliteTable(
  'bike_stop_tallies',
  {
    stopId: integer('stop_id').notNull().references(() => bikeStops.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    kind: text('kind').notNull(),
    count: integer('count').notNull(),
  },
  (t) => [uniqueIndex('bike_stop_tallies_key').on(t.stopId, t.date, t.kind)],
);

export const activities = sqliteTable('activities', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  siteId: integer('site_id').references(() => sites.id, { onDelete: 'set null' }),
  place: text('place').notNull().default(''),
  ...recurringTimes(),
  cohorts: integer('cohorts').notNull(),
  cohortSize: integer('cohort_size').notNull(),
  createdAt: integer('created_at').notNull(),
});

export const activityCancellations = sqliteTable(
  'activity_cancellations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    activityId: integer('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
    ...cancelledDate(),
  },
  (t) => [uniqueIndex('activity_cancellations_activity_date').on(t.activityId, t.date)],
);

/**
 * One person's place in an activity. `cohort` is the 0-based cohort index, or null while waiting;
 * the id orders the waiting list. A member who leaves keeps the cohort index so tracing still
 * finds who they met.
 */
export const memberships = sqliteTable(
  'memberships',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    code: text('code').notNull().unique(),
    activityId: integer('activity_id').notNull().references(() => activities.id, { onDelete: 'cascade' }),
    cohort: integer('cohort'),
    status: text('status', { enum: membershipStatuses }).notNull().default('active'),
    note: text('note'),
    // Structured (JSON) so each page renders it in the reader's language.
    notice: text('notice'),
    joinedAt: integer('joined_at').notNull(),
    updatedAt: integer('updated_at').notNull(),
  },
  (t) => [
    // The cohort cap counts active members of one cohort; the waiting list reads the same index.
    index('memberships_cohort').on(t.activityId, t.status, t.cohort),
  ],
);

export const sessionSkips = sqliteTable(
  'session_skips',
  {
    membershipId: integer('membership_id').notNull().references(() => memberships.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [uniqueIndex('session_skips_key').on(t.membershipId, t.date)],
);

export const attendance = sqliteTable(
  'attendance',
  {
    membershipId: integer('membership_id').notNull().references(() => memberships.id, { onDelete: 'cascade' }),
    date: text('date').notNull(),
    present: integer('present', { mode: 'boolean' }).notNull(),
    recordedAt: integer('recorded_at').notNull(),
  },
  (t) => [uniqueIndex('attendance_key').on(t.membershipId, t.date), index('attendance_date').on(t.date)],
);

/** A message for the public pages of one site (or of all when site is null), between two dates. */
export const notices = sqliteTable(
  'notices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    siteId: integer('site_id').references(() => sites.id, { onDelete: 'cascade' }),
    textNb: text('text_nb').notNull(),
    textEn: text('text_en'),
    fromDate: text('from_date').notNull(),
    toDate: text('to_date').notNull(),
    createdAt: integer('created_at').notNull(),
  },
  (t) => [index('notices_dates').on(t.toDate, t.fromDate)],
);
