/** Sums of a report's rows per distribution, stop and activity: plain arithmetic over counts. */

type DayCounts = { site: string; distribution: string; capacity: number; issued: number; picked_up: number; no_show: number; cancelled: number; closed: boolean };
type BikeCounts = { stop: string; status: string; people: number; items: Record<string, number> };
type SessionCounts = { date: string; activity: string; enrolled: number; attended: number };

export function distributionTotals<D extends DayCounts>(days: readonly D[]) {
  const by = new Map<string, { site: string; distribution: string; days: number; closedDays: number; capacity: number; issued: number; picked_up: number; no_show: number; cancelled: number }>();
  for (const d of days) {
    const key = `${d.site}/${d.distribution}`;
    const t = by.get(key) ?? { site: d.site, distribution: d.distribution, days: 0, closedDays: 0, capacity: 0, issued: 0, picked_up: 0, no_show: 0, cancelled: 0 };
    t.days += 1;
    if (d.closed) t.closedDays += 1;
    // A closed day offered no seats, so it adds none to the range's capacity.
    else t.capacity += d.capacity;
    t.issued += d.issued;
    t.picked_up += d.picked_up;
    t.no_show += d.no_show;
    t.cancelled += d.cancelled;
    by.set(key, t);
  }
  return [...by.values()];
}

export function stopTotals(rows: readonly BikeCounts[]) {
  const by = new Map<string, { stop: string; visits: number; people: number; items: Record<string, number> }>();
  for (const r of rows) {
    const t = by.get(r.stop) ?? { stop: r.stop, visits: 0, people: 0, items: {} };
    if (r.status !== 'cancelled') t.visits += 1;
    t.people += r.people;
    for (const [kind, n] of Object.entries(r.items)) t.items[kind] = (t.items[kind] ?? 0) + n;
    by.set(r.stop, t);
  }
  return [...by.values()];
}

export function activityTotals(rows: readonly SessionCounts[]) {
  const by = new Map<string, { activity: string; sessions: Set<string>; enrolled: number; attended: number }>();
  for (const r of rows) {
    const t = by.get(r.activity) ?? { activity: r.activity, sessions: new Set<string>(), enrolled: 0, attended: 0 };
    t.sessions.add(r.date);
    t.enrolled += r.enrolled;
    t.attended += r.attended;
    by.set(r.activity, t);
  }
  return [...by.values()].map(({ sessions, ...t }) => ({ ...t, sessions: sessions.size }));
}

/** Picked up out of those who could have come (issued less cancelled); null when nobody could. */
export function pickedUpShare(d: { issued: number; picked_up: number; cancelled: number }): number | null {
  const expected = d.issued - d.cancelled;
  return expected > 0 ? d.picked_up / expected : null;
}

/** One day's share picked up, or null while nobody has been marked (a day still ahead, or today before the door opens). */
export function dayShare(d: { issued: number; picked_up: number; no_show: number; cancelled: number }): number | null {
  return d.picked_up + d.no_show === 0 ? null : pickedUpShare(d);
}
