import { createActivity } from '../db/activities';
import { createBikeStop } from '../db/bike-stops';
import { joinActivity } from '../db/memberships';
import { createNotice } from '../db/notices';
import { addDays, todayIn } from '../domain/local-date';
import type { Services } from '../services';
import { DEMO_HISTORY_DAYS } from './report-seed';

const ZONE = 'Europe/Oslo';

/**
 * The outreach half of the demo: bike stops at fixed places and times in Hamar and Stavanger,
 * the street-football team in three small groups with a few members, and a notice for everyone.
 */
export async function seedOutreachDemo(services: Services) {
  const today = todayIn(ZONE, services.now());
  const startsOn = addDays(today, -DEMO_HISTORY_DAYS);
  const common = { startsOn, timezone: ZONE };
  await createBikeStop(services, {
    ...common,
    slug: 'stortorget',
    name: 'Stortorget',
    place: 'Stortorget ved fontenen, Hamar',
    lat: 60.7945,
    lon: 11.0679,
    rrule: 'FREQ=WEEKLY;BYDAY=TU,TH',
    startTime: '18:00',
    durationMinutes: 90,
    offers: ['food', 'equipment', 'naloxone', 'talk'],
  });
  await createBikeStop(services, {
    ...common,
    slug: 'hamar-stasjon',
    name: 'Hamar stasjon',
    place: 'Ved sykkelstativet, Hamar stasjon',
    lat: 60.7921,
    lon: 11.0781,
    rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
    startTime: '13:00',
    durationMinutes: 60,
    offers: ['equipment', 'naloxone', 'wound_care'],
  });
  await createBikeStop(services, {
    ...common,
    slug: 'stavanger-torget',
    name: 'Torget i Stavanger',
    place: 'Torget, ved Sjøfartsmonumentet',
    lat: 58.9701,
    lon: 5.7331,
    rrule: 'FREQ=WEEKLY;BYDAY=TU,FR',
    startTime: '19:00',
    durationMinutes: 60,
    offers: ['testing', 'vaccination', 'naloxone'],
  });
  const football = await createActivity(services, {
    slug: 'gatelaget',
    name: 'Gatelaget – fotballtrening',
    site: 'arbeidern',
    place: 'Kunstgressbanen på Briskeby',
    rrule: 'FREQ=WEEKLY;BYDAY=MO,WE,FR',
    startsOn,
    startTime: '17:00',
    durationMinutes: 90,
    cohorts: 3,
    cohortSize: 6,
  });
  for (let i = 0; i < 7; i++) await joinActivity(services, football, {});
  await createNotice(services, null, null, {
    text: { nb: 'Sykkelen kommer ikke på helligdager.', en: 'The bike does not come out on public holidays.' },
    from: today,
    to: addDays(today, 30),
  });
}
