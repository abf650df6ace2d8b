import type { RoundWithStops } from '../../db/rounds';
import type { StopWithPlace } from '../../db/stop-lookup';
import { formatCode } from '../../domain/codes';
import { isoInZone } from '../../domain/local-date';
import { roundWindows, stopWindow } from '../../domain/rounds';
import type { RoundView, StopWindowView } from '../../schemas/rounds-responses';
import { catalogues, type Lang } from '../../../web/i18n/catalogue';

/** A round as staff and drivers read it: every stop with its place, label and window. */
export function roundView({ round, stops }: RoundWithStops, site: { slug: string; timezone: string }): RoundView {
  const windows = roundWindows(round, site.timezone, stops);
  return {
    id: round.id,
    site: site.slug,
    date: round.date,
    name: round.name,
    starts: round.starts,
    minutesPerStop: round.minutesPerStop,
    breakAfterStop: round.breakAfterStop,
    breakMinutes: round.breakMinutes,
    delayMinutes: round.delayMinutes,
    stops: stops.map((s, i) => ({
      id: s.id,
      place: i + 1,
      label: s.label,
      bring: s.bring,
      code: formatCode(s.code),
      status: s.status,
      start: isoInZone(windows[i]!.start, site.timezone),
      end: isoInZone(windows[i]!.end, site.timezone),
    })),
  };
}

/** A stop as the holder of its code reads it: the window and any delay, never the label. */
export function stopWindowView(found: StopWithPlace, lang: Lang): StopWindowView {
  const { stop, round, site, index } = found;
  const window = stopWindow(round, site.timezone, index, stop.status);
  const delayMinutes = stop.status === 'planned' ? round.delayMinutes : 0;
  return {
    code: formatCode(stop.code),
    date: round.date,
    start: isoInZone(window.start, site.timezone),
    end: isoInZone(window.end, site.timezone),
    status: stop.status,
    delayMinutes,
    site: { slug: site.slug, name: site.name },
    notice: delayMinutes > 0 ? catalogues[lang].delivery.late(delayMinutes) : null,
  };
}
