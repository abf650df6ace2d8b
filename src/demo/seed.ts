import { createDistribution } from '../db/distributions';
import { seedOutreachDemo } from './outreach-seed';
import { seedRoundDemo } from './round-seed';
import { DEMO_HISTORY_DAYS, seedReportHistory } from './report-seed';
import { issueTickets } from '../db/issue-tickets';
import { createSite, type SiteRow } from '../db/sites';
import { addDays, todayIn } from '../domain/local-date';
import { recurringDates } from '../domain/recurrence/dates';
import type { Services } from '../services';

const ZONE = 'Europe/Oslo';

/**
 * The demo organisation a new database starts with, modelled on the centres in the field
 * reports: a drop-in centre handing out food and user equipment four days a week, and a second
 * centre with an equipment distribution. Some tickets are issued so every page has something on it.
 */
export async function seedDemo(services: Services) {
  const today = todayIn(ZONE, services.now());
  // Running since the month of history the report shows began.
  const startsOn = addDays(today, -DEMO_HISTORY_DAYS);

  const addSite = (slug: string, name: string, address: string) => createSite(services, { slug, name, address, timezone: ZONE });
  const addWeekly = (at: SiteRow, days: string, d: { slug: string; name: string; opens: string; closes: string; slotMinutes: number; perSlot: number }) =>
    createDistribution(services, at, { ...d, rrule: `FREQ=WEEKLY;BYDAY=${days}`, startsOn });

  const hamar = await addSite('arbeidern', 'Værestedet Arbeidern', 'Torggata 1, 2317 Hamar');
  const food = await addWeekly(hamar, 'MO,TU,TH,FR', { slug: 'mat', name: 'Matutdeling', opens: '11:00', closes: '13:00', slotMinutes: 15, perSlot: 4 });
  const equipment = await addWeekly(hamar, 'MO,TU,TH,FR', { slug: 'utstyr', name: 'Brukerutstyr', opens: '13:30', closes: '15:00', slotMinutes: 10, perSlot: 3 });
  const stavanger = await addSite('stasjonen', 'Stasjonen', 'Jernbaneveien 5, 4005 Stavanger');
  const stavangerEquipment = await addWeekly(stavanger, 'TU,FR', { slug: 'utstyr', name: 'Utstyr og nalokson', opens: '10:00', closes: '12:00', slotMinutes: 20, perSlot: 5 });

  // A morning's batch on the next two opening days of each, spread over the day as staff would print it.
  for (const [site, d, count] of [
    [hamar, food, 14],
    [hamar, equipment, 6],
    [stavanger, stavangerEquipment, 8],
  ] as const) {
    for (const date of recurringDates(d.rrule, d.startsOn, d.until, addDays(today, 1), addDays(today, 14)).slice(0, 2)) {
      await issueTickets(services, { site, d }, { date, count, strategy: 'spread' });
    }
  }
  await seedOutreachDemo(services);
  await seedRoundDemo(services, stavanger, today);
  await seedReportHistory(services, food, [equipment, stavangerEquipment]);
  return { sites: [hamar, stavanger] };
}
