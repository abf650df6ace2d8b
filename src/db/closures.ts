import { and, eq } from 'drizzle-orm';
import { DomainError } from '../domain/errors';
import { serializeNotice } from '../domain/notices';
import type { Services } from '../services';
import { auditEntry, type Actor } from './audit';
import type { DistributionRow } from './distributions';
import { closures, tickets } from './schema';
import { isUniqueViolation, triggerFailure } from './sql-errors';

/**
 * Closes a day and cancels its booked tickets in the same atomic unit, each with the reason as
 * its notice; the closed-day trigger stops tickets planned before the closure from landing after.
 */
export async function closeDay(services: Services, d: DistributionRow, date: string, reason: string, actor: Actor) {
  const now = services.now();
  try {
    const [, cancelled] = await services.store.atomic([
      services.db.insert(closures).values({ distributionId: d.id, date, reason, createdAt: now }).returning({ id: closures.id }),
      services.db
        .update(tickets)
        .set({ status: 'cancelled', notice: serializeNotice({ kind: 'closed', reason }), updatedAt: now })
        .where(and(eq(tickets.distributionId, d.id), eq(tickets.date, date), eq(tickets.status, 'booked')))
        .returning({ id: tickets.id }),
      auditEntry(services, actor, 'day_closed', `${d.slug} ${date}: ${reason}`),
    ]);
    return { cancelled: cancelled!.length };
  } catch (error) {
    if (isUniqueViolation(error, 'closures')) throw new DomainError(409, 'already_closed', `${date} is already closed.`);
    // Cancelling raises no trigger today; should one be added, a race is a 409, never a 500.
    if (triggerFailure(error)) throw new DomainError(409, 'busy', `Tickets for ${date} are changing right now; nothing was closed, please try again.`);
    throw error;
  }
}

/** Opens a closed day again; its cancelled tickets stay cancelled (their holders were told). */
export async function reopenDay(services: Services, d: DistributionRow, date: string, actor: Actor) {
  const closedOn = and(eq(closures.distributionId, d.id), eq(closures.date, date));
  const closed = await services.db.select({ id: closures.id }).from(closures).where(closedOn).get();
  if (!closed) throw new DomainError(404, 'closure_not_found', `${date} is not closed.`);
  await services.store.atomic([
    services.db.delete(closures).where(closedOn).returning({ id: closures.id }),
    auditEntry(services, actor, 'day_reopened', `${d.slug} ${date}`),
  ]);
}

export async function listClosures({ db }: Services, d: DistributionRow) {
  return db.select({ date: closures.date, reason: closures.reason }).from(closures).where(eq(closures.distributionId, d.id)).orderBy(closures.date).all();
}
