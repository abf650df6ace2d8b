import { IANAZone } from 'luxon';

const DAY_MS = 86_400_000;
// About five years of days a zone; a site's pages ask about a few weeks around today.
const DAYS_KEPT = 2_000;

/**
 * An IANA zone for luxon that remembers its offset a UTC day at a time: the one memo of dates
 * in the project, and why it is here (BENCHMARKS.md, "Dates by luxon"). luxon asks a zone for
 * its offset several times for every DateTime it makes (twice or three times to turn a wall
 * time into an instant, four more to look for a repeated hour), and each answer goes through
 * Intl, which costs more than the rest of luxon's work; a year of bike schedule asks ~15,000
 * times. A UTC day whose first and last millisecond have the same offset has it all day (no zone
 * changes its clocks and back within a day; luxon's own getPossibleOffsets assumes as much), so
 * one answer serves the day; a day with a change is asked of Intl every time.
 */
class SiteZone extends IANAZone {
  /** Offset in minutes of each steady UTC day (days since 1970), NaN for a day with a change. */
  private readonly steadyOffsets = new Map<number, number>();

  override offset(ts: number): number {
    const day = Math.floor(ts / DAY_MS);
    let steady = this.steadyOffsets.get(day);
    if (steady === undefined) {
      const [first, last] = [super.offset(day * DAY_MS), super.offset((day + 1) * DAY_MS - 1)];
      steady = first === last ? first : Number.NaN;
      if (this.steadyOffsets.size >= DAYS_KEPT) this.steadyOffsets.clear();
      this.steadyOffsets.set(day, steady);
    }
    return Number.isNaN(steady) ? super.offset(ts) : steady;
  }
}

// One a zone name; only names luxon knows reach here (see `siteZone` in local-date.ts), so at
// most the few hundred IANA zones, in practice the one or two the sites use.
const zones = new Map<string, SiteZone>();

/** The luxon zone to compute in for a valid IANA zone name. */
export function zoneNamed(name: string): IANAZone {
  let zone = zones.get(name);
  if (!zone) zones.set(name, (zone = new SiteZone(name)));
  return zone;
}
