import { stopOffers, type BikeStopRow } from '../../db/bike-stops';
import type { BikeStopView } from '../../schemas/outreach-responses';

/** A stop as the API and the admin pages show it. */
export function bikeStopView(stop: BikeStopRow): BikeStopView {
  return {
    slug: stop.slug,
    name: stop.name,
    place: stop.place,
    lat: stop.lat,
    lon: stop.lon,
    rrule: stop.rrule,
    startsOn: stop.startsOn,
    until: stop.until,
    startTime: stop.startTime,
    durationMinutes: stop.durationMinutes,
    timezone: stop.timezone,
    offers: stopOffers(stop),
  };
}
