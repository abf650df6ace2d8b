import { and, count, eq, isNull, lte, sql, type SQL } from 'drizzle-orm';
import { generateCode, normalizeCode } from '../domain/codes';
import { DomainError } from '../domain/errors';
import type { Services } from '../services';
import type { ActivityRow } from './activities';
import { memberships } from './schema';

export type MembershipRow = typeof memberships.$inferSelect;

/** What a member is told on their code's page; stored as JSON, worded per language by the views. */
type MembershipNotice = { kind: 'moved_in'; at: number };

export function parseMembershipNotice(json: string | null): MembershipNotice | null {
  if (!json) return null;
  try {
    const v = JSON.parse(json) as Partial<MembershipNotice>;
    return v.kind === 'moved_in' && typeof v.at === 'number' ? { kind: 'moved_in', at: v.at } : null;
  } catch {
    return null;
  }
}

// Cohort counts are inlined as VALUES of the indexes (the cohort count is fixed once an activity
// exists); the cap is read from the activity row inside the statement.
function cohortIndexes(a: ActivityRow) {
  return sql.raw(`(values ${Array.from({ length: a.cohorts }, (_, i) => `(${i})`).join(', ')}) as c`);
}
function load(a: ActivityRow) {
  return sql`(select count(*) from memberships m where m.activity_id = ${a.id} and m.status = 'active' and m.cohort = c.column1)`;
}
function hasRoom(a: ActivityRow) {
  return sql`${load(a)} < (select cohort_size from activities where id = ${a.id})`;
}
const firstWaiting = (a: ActivityRow) =>
  sql`(select w.id from memberships w where w.activity_id = ${a.id} and w.status = 'active' and w.cohort is null order by w.id limit 1)`;

/**
 * Moves the first waiting member into the least-filled cohort with room, if both exist. One
 * UPDATE, so it runs in the same atomic unit as the leave (or join) that made the room.
 */
function promoteFirstWaiting(services: Services, a: ActivityRow) {
  const now = services.now();
  return services.db
    .update(memberships)
    .set({
      cohort: sql`(select c.column1 from ${cohortIndexes(a)} where ${hasRoom(a)} order by ${load(a)}, c.column1 limit 1)`,
      notice: JSON.stringify({ kind: 'moved_in', at: now } satisfies MembershipNotice),
      updatedAt: now,
    })
    .where(sql`${memberships.id} = ${firstWaiting(a)} and exists (select 1 from ${cohortIndexes(a)} where ${hasRoom(a)})`)
    .returning({ id: memberships.id });
}

/**
 * Takes a place in one statement: the cohort (least filled with room, ties to the lowest index,
 * or the one asked for) is chosen and counted by the same INSERT ... SELECT that writes the row,
 * so concurrent joins on any number of processes never put more than cohortSize in a cohort.
 * Nobody jumps the waiting list, and a code already used by a ticket is never reused.
 */
function takePlace(services: Services, a: ActivityRow, code: string, note: string | null, requested: number | undefined) {
  const now = services.now();
  const only: SQL = requested === undefined ? sql`` : sql`and c.column1 = ${requested}`;
  return services.db
    .insert(memberships)
    .select(
      sql`select null, ${code}, ${a.id}, c.column1, 'active', ${note}, null, ${now}, ${now}
        from ${cohortIndexes(a)}
        where ${hasRoom(a)} ${only}
          and not exists (select 1 from memberships w where w.activity_id = ${a.id} and w.status = 'active' and w.cohort is null)
          and not exists (select 1 from tickets t where t.code = ${code})
        order by ${load(a)}, c.column1
        limit 1`,
    )
    .returning();
}

/** Joins the waiting list, unless the code was just given a place (or is a ticket's). */
function joinWaitingList(services: Services, a: ActivityRow, code: string, note: string | null) {
  const now = services.now();
  return services.db
    .insert(memberships)
    .select(
      sql`select null, ${code}, ${a.id}, null, 'active', ${note}, null, ${now}, ${now}
        where not exists (select 1 from memberships m where m.code = ${code})
          and not exists (select 1 from tickets t where t.code = ${code})`,
    )
    .returning();
}

const MAX_ATTEMPTS = 5;

type JoinResult = { membership: MembershipRow; waiting: number | null };

export async function joinActivity(
  services: Services,
  a: ActivityRow,
  input: { cohort?: number; note?: string; waitlist?: boolean },
): Promise<JoinResult> {
  const note = input.note || null;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    const code = generateCode();
    const queries = [promoteFirstWaiting(services, a), takePlace(services, a, code, note, input.cohort)];
    if (input.waitlist) queries.push(joinWaitingList(services, a, code, note));
    const results = (await services.store.atomic(queries)) as unknown[][];
    const joined = results.slice(1).flat() as MembershipRow[];
    const membership = joined[0];
    if (membership) return { membership, waiting: membership.cohort === null ? await waitingPosition(services, membership) : null };
    // No row: either no room (and no waiting list asked for) or the code belongs to a ticket.
    if (!(await codeTakenByTicket(services, code))) throw fullError(input.cohort);
  }
  throw new DomainError(409, 'busy', 'Could not find a free membership code; please try again.');
}

function fullError(cohort: number | undefined) {
  return cohort === undefined
    ? new DomainError(409, 'activity_full', 'Every cohort is full. Join the waiting list instead (waitlist: true).', { free: 0 })
    : new DomainError(409, 'cohort_full', 'That cohort is full (or people are waiting for a place).', { free: 0 });
}

async function codeTakenByTicket({ db }: Services, code: string) {
  const row = await db.get<{ n: number }>(sql`select count(*) as n from tickets where code = ${code}`);
  return Number(row?.n ?? 0) > 0;
}

/** Leaves the activity; the first waiting member takes the freed place in the same atomic unit. */
export async function leaveActivity(services: Services, a: ActivityRow, m: MembershipRow) {
  if (m.status === 'left') throw new DomainError(404, 'membership_not_found', 'That membership has ended.');
  const now = services.now();
  const [, promoted] = await services.store.atomic([
    services.db
      .update(memberships)
      .set({ status: 'left', updatedAt: now })
      .where(and(eq(memberships.id, m.id), eq(memberships.status, 'active')))
      .returning({ id: memberships.id }),
    promoteFirstWaiting(services, a),
  ]);
  return { promoted: (promoted as unknown[]).length };
}

/** A membership of the activity by the code as typed, or null. */
export async function findMembership({ db }: Services, typed: string, a?: ActivityRow): Promise<MembershipRow | null> {
  const code = normalizeCode(typed);
  if (!code) return null;
  const row = await db.select().from(memberships).where(eq(memberships.code, code)).get();
  if (!row || (a && row.activityId !== a.id)) return null;
  return row;
}

export async function requireMembership(services: Services, typed: string, a?: ActivityRow): Promise<MembershipRow> {
  const m = await findMembership(services, typed, a);
  if (!m) throw new DomainError(404, 'membership_not_found', 'No membership has that code.');
  return m;
}

/** 1-based place on the waiting list, or null when not waiting. */
export async function waitingPosition({ db }: Services, m: MembershipRow): Promise<number | null> {
  if (m.status !== 'active' || m.cohort !== null) return null;
  const row = await db
    .select({ n: count() })
    .from(memberships)
    .where(and(eq(memberships.activityId, m.activityId), eq(memberships.status, 'active'), isNull(memberships.cohort), lte(memberships.id, m.id)))
    .get();
  return Number(row?.n ?? 0);
}

/** Active members (in a cohort or waiting), in join order: for the staff list. */
export async function activeMembers({ db }: Services, a: ActivityRow): Promise<MembershipRow[]> {
  return db
    .select()
    .from(memberships)
    .where(and(eq(memberships.activityId, a.id), eq(memberships.status, 'active')))
    .orderBy(memberships.id)
    .all();
}

/**
 * Retention for memberships, as one atomic unit: a membership that has left, and the note of any
 * membership, go once the membership has not changed for the retention period. "Older" is
 * measured by `updatedAt` (set on joining, moving in from the waiting list and leaving; the note
 * is only written on joining): a member still coming keeps their place and code, but not a note
 * older than the period. Clearing the note leaves `updatedAt` as it is, so a later leave is still
 * deleted on time. A deleted membership takes its attendance and skips with it (cascade).
 */
export async function forgetOldMemberships(services: Services, cutoff: number) {
  const old = lte(memberships.updatedAt, cutoff);
  const [deleted, cleared] = await services.store.atomic([
    services.db.delete(memberships).where(and(eq(memberships.status, 'left'), old)).returning({ id: memberships.id }),
    services.db.update(memberships).set({ note: null }).where(and(sql`${memberships.note} is not null`, old)).returning({ id: memberships.id }),
  ]);
  return { membershipsDeleted: deleted!.length, notesCleared: cleared!.length };
}
