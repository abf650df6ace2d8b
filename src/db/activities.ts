import { and, asc, between, eq, getTableColumns, isNotNull, sql } from 'drizzle-orm';
import { cohortName, freePlaces } from '../domain/cohorts';
import { DomainError } from '../domain/errors';
import { isoInZone } from '../domain/local-date';
import { isRecurringDate, occurrences, parseRecurrence } from '../domain/recurrence/dates';
import type { Services } from '../services';
import type { CreateActivityInput, UpdateActivityInput } from '../schemas/outreach';
import { auditEntry, type Actor } from './audit';
import { auditEntryIf } from './audit-if';
import { activities, activityCancellations, memberships, sessionSkips, sites } from './schema';
import { isUniqueViolation } from './sql-errors';
import { insertWithSlug, slugsLike } from './derived-slug';

export type ActivityRow = typeof activities.$inferSelect;
export type ActivityWithSite = ActivityRow & { siteSlug: string | null; siteName: string | null };

function assertValidSchedule(a: Pick<ActivityRow, 'rrule' | 'startsOn' | 'until'>) {
  parseRecurrence(a.rrule, a.startsOn);
  if (a.until && a.until < a.startsOn) {
    throw new DomainError(400, 'invalid_input', 'until must not be before startsOn', { fields: [{ field: 'until', message: 'before startsOn' }] });
  }
}

const withSite = { ...getTableColumns(activities), siteSlug: sites.slug, siteName: sites.name };

export async function listActivities({ db }: Services): Promise<ActivityWithSite[]> {
  return db.select(withSite).from(activities).leftJoin(sites, eq(sites.id, activities.siteId)).orderBy(asc(activities.name)).all();
}

export async function findActivity({ db }: Services, slug: string): Promise<ActivityWithSite> {
  const found = await db.select(withSite).from(activities).leftJoin(sites, eq(sites.id, activities.siteId)).where(eq(activities.slug, slug)).get();
  if (!found) throw new DomainError(404, 'activity_not_found', `No activity "${slug}".`);
  return found;
}

export async function findActivityById({ db }: Services, id: number): Promise<ActivityWithSite> {
  const found = await db.select(withSite).from(activities).leftJoin(sites, eq(sites.id, activities.siteId)).where(eq(activities.id, id)).get();
  if (!found) throw new DomainError(404, 'activity_not_found', 'No such activity.');
  return found;
}

/** The zone comes from the site (an activity happens where its site is), else the one given, else Europe/Oslo. */
export async function createActivity(services: Services, input: CreateActivityInput): Promise<ActivityWithSite> {
  const { site: siteSlug, ...fields } = input;
  let site: typeof sites.$inferSelect | undefined;
  if (siteSlug) {
    site = await services.db.select().from(sites).where(eq(sites.slug, siteSlug)).get();
    if (!site) throw new DomainError(404, 'site_not_found', `No site "${siteSlug}".`);
  }
  const row = {
    ...fields,
    siteId: site?.id ?? null,
    place: fields.place ?? '',
    until: fields.until ?? null,
    timezone: site?.timezone ?? fields.timezone ?? 'Europe/Oslo',
    createdAt: services.now(),
  };
  assertValidSchedule(row);
  // Without a slug, one is made from the name.
  const created = await insertWithSlug({
    slug: input.slug,
    name: input.name,
    fallback: 'activity',
    taken: async (base) => (await services.db.select({ slug: activities.slug }).from(activities).where(slugsLike(activities.slug, base)).all()).map((r) => r.slug),
    insert: async (slug) => (await services.db.insert(activities).values({ ...row, slug }).returning())[0]!,
    uniqueColumn: 'activities.slug',
    duplicate: (slug) => new DomainError(409, 'duplicate_slug', `An activity "${slug}" exists already.`),
  });
  return { ...created, siteSlug: site?.slug ?? null, siteName: site?.name ?? null };
}

export async function updateActivity(services: Services, a: ActivityWithSite, changes: UpdateActivityInput): Promise<ActivityWithSite> {
  assertValidSchedule({ ...a, ...changes });
  await services.db.update(activities).set(changes).where(eq(activities.id, a.id));
  return findActivityById(services, a.id);
}

export function isSessionDate(a: ActivityRow, date: string) {
  return isRecurringDate(a.rrule, a.startsOn, a.until, date, a.timezone);
}

/** 400 unless the activity meets on that date. */
export function assertSessionDate(a: ActivityRow, date: string) {
  if (!isSessionDate(a, date)) {
    throw new DomainError(400, 'not_a_session', `${a.name} does not meet on ${date}.`, { fields: [{ field: 'date', message: 'not a session date' }] });
  }
}

export async function sessionCancellation({ db }: Services, a: ActivityRow, date: string) {
  const row = await db
    .select({ reason: activityCancellations.reason })
    .from(activityCancellations)
    .where(and(eq(activityCancellations.activityId, a.id), eq(activityCancellations.date, date)))
    .get();
  return row ? { reason: row.reason } : null;
}

export async function cancelSession(services: Services, a: ActivityRow, date: string, reason: string, actor: Actor) {
  assertSessionDate(a, date);
  try {
    await services.store.atomic([
      services.db.insert(activityCancellations).values({ activityId: a.id, date, reason, createdAt: services.now() }).returning({ date: activityCancellations.date }),
      auditEntry(services, actor, 'session_cancelled', `${a.slug} ${date}: ${reason}`),
    ]);
  } catch (error) {
    if (isUniqueViolation(error, 'activity_cancellations')) throw new DomainError(409, 'already_cancelled', `${date} is already cancelled.`);
    throw error;
  }
  return { activity: a.slug, date, reason };
}

export async function uncancelSession(services: Services, a: ActivityRow, date: string, actor: Actor) {
  const row = and(eq(activityCancellations.activityId, a.id), eq(activityCancellations.date, date));
  // The entry first, on the delete's own condition: undoing what is not cancelled records nothing.
  const [, removed] = await services.store.atomic([
    auditEntryIf(services, actor, 'session_restored', `${a.slug} ${date}`, sql`exists (select 1 from ${activityCancellations} where ${row})`),
    services.db.delete(activityCancellations).where(row).returning({ date: activityCancellations.date }),
  ]);
  if ((removed as unknown[]).length === 0) throw new DomainError(404, 'cancellation_not_found', `${date} is not cancelled.`);
}

export async function cancelledSessionDates({ db }: Services, a: ActivityRow) {
  return db.select({ date: activityCancellations.date, reason: activityCancellations.reason }).from(activityCancellations).where(eq(activityCancellations.activityId, a.id)).all();
}

/** Active members per cohort (index → count) and how many wait. */
export async function cohortLoad({ db }: Services, a: ActivityRow) {
  const rows = await db
    .select({ cohort: memberships.cohort, n: sql<number>`count(*)` })
    .from(memberships)
    .where(and(eq(memberships.activityId, a.id), eq(memberships.status, 'active')))
    .groupBy(memberships.cohort)
    .all();
  const filled = Array.from({ length: a.cohorts }, () => 0);
  let waiting = 0;
  for (const r of rows) {
    if (r.cohort === null) waiting = Number(r.n);
    else if (r.cohort < a.cohorts) filled[r.cohort] = Number(r.n);
  }
  return { filled, waiting };
}

/** Sessions in [from, to] with each cohort's size, members, free places and who said they will skip. */
export async function activitySessions(services: Services, a: ActivityRow, from: string, to: string) {
  const { db } = services;
  const [{ filled, waiting }, joined, cancelled, skips] = await Promise.all([
    cohortLoad(services, a),
    // At most cohorts × cohort size rows: when each member in a cohort joined.
    db
      .select({ cohort: memberships.cohort, joinedAt: memberships.joinedAt })
      .from(memberships)
      .where(and(eq(memberships.activityId, a.id), eq(memberships.status, 'active'), isNotNull(memberships.cohort)))
      .all(),
    db
      .select({ date: activityCancellations.date, reason: activityCancellations.reason })
      .from(activityCancellations)
      .where(and(eq(activityCancellations.activityId, a.id), between(activityCancellations.date, from, to)))
      .all(),
    db
      .select({ date: sessionSkips.date, cohort: memberships.cohort, n: sql<number>`count(*)` })
      .from(sessionSkips)
      .innerJoin(memberships, eq(memberships.id, sessionSkips.membershipId))
      .where(and(eq(memberships.activityId, a.id), eq(memberships.status, 'active'), between(sessionSkips.date, from, to)))
      .groupBy(sessionSkips.date, memberships.cohort)
      .all(),
  ]);
  const reasons = new Map(cancelled.map((c) => [c.date, c.reason]));
  const skipping = new Map(skips.map((s) => [`${s.date}|${s.cohort}`, Number(s.n)]));
  const free = freePlaces(filled, a.cohortSize);
  const sessions = occurrences({ rule: a.rrule, startsOn: a.startsOn, until: a.until, startTime: a.startTime, durationMinutes: a.durationMinutes, zone: a.timezone, from, to }).map(
    (o) => ({
      date: o.date,
      start: isoInZone(o.start, a.timezone),
      end: isoInZone(o.end, a.timezone),
      cancelled: reasons.has(o.date),
      reason: reasons.get(o.date) ?? null,
      cohorts: filled.map((_, i) => ({
        name: cohortName(i),
        size: a.cohortSize,
        // Who had joined by the session's end: a member who joined today was not enrolled last week.
        members: joined.filter((m) => m.cohort === i && m.joinedAt < o.end).length,
        free: free[i],
        skipping: skipping.get(`${o.date}|${i}`) ?? 0,
      })),
    }),
  );
  return { sessions, waiting };
}
