import type { ActivityWithSite } from '../../db/activities';
import { freePlaces } from '../../domain/cohorts';
import type { ActivityView } from '../../schemas/outreach-responses';

/** An activity as the API and the admin pages show it; with its cohorts' load, members and free places too. */
export function activityView(a: ActivityWithSite, filled?: number[], waiting?: number): ActivityView {
  return {
    slug: a.slug,
    name: a.name,
    site: a.siteSlug,
    place: a.place || a.siteName || '',
    rrule: a.rrule,
    startsOn: a.startsOn,
    until: a.until,
    startTime: a.startTime,
    durationMinutes: a.durationMinutes,
    timezone: a.timezone,
    cohorts: a.cohorts,
    cohortSize: a.cohortSize,
    ...(filled ? { members: filled.reduce((n, c) => n + c, 0), free: freePlaces(filled, a.cohortSize).reduce((n, c) => n + c, 0) } : {}),
    ...(waiting !== undefined ? { waiting } : {}),
  };
}
