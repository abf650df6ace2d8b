import { eq, sql } from 'drizzle-orm';
import { normalizeCode } from '../domain/codes';
import type { Services } from '../services';
import type { RoundRow, StopRow } from './rounds';
import { deliveryRounds, roundStops, sites } from './schema';
import type { SiteRow } from './sites';

/** A stop found by its code, with its round, its site and its place in the driving order (0-based). */
export type StopWithPlace = { stop: StopRow; round: RoundRow; site: SiteRow; index: number };

/** One statement; null when the code is malformed or no stop's. */
export async function findStopByCode({ db }: Services, typed: string): Promise<StopWithPlace | null> {
  const code = normalizeCode(typed);
  if (!code) return null;
  const row = await db
    .select({
      stop: roundStops,
      round: deliveryRounds,
      site: sites,
      index: sql<number>`(select count(*) from round_stops o where o.round_id = ${roundStops.roundId} and o.position < ${roundStops.position})`,
    })
    .from(roundStops)
    .innerJoin(deliveryRounds, eq(deliveryRounds.id, roundStops.roundId))
    .innerJoin(sites, eq(sites.id, deliveryRounds.siteId))
    .where(eq(roundStops.code, code))
    .get();
  return row ? { ...row, index: Number(row.index) } : null;
}
