import { insertStopsOf } from '../db/round-stops';
import { createRound } from '../db/rounds';
import type { SiteRow } from '../db/sites';
import { addDays } from '../domain/local-date';
import type { Services } from '../services';

/**
 * Tomorrow's round of food bags from the follow-up service, as the field reports describe it:
 * to temporary housing and to doors, in driving order with a break half-way. Made-up places.
 */
export async function seedRoundDemo(services: Services, site: SiteRow, today: string) {
  const { round } = await createRound(
    services,
    site,
    { date: addDays(today, 1), name: 'Matposer og utstyr', starts: '12:00', minutesPerStop: 15, breakAfterStop: 3, breakMinutes: 30 },
    null,
  );
  await insertStopsOf(services, round, [
    { label: 'Botiltak Kvaleberg, rom 4', bring: '1 matpose' },
    { label: 'Botiltak Kvaleberg, rom 9', bring: '1 matpose, brukerutstyr' },
    { label: 'Storgata 12, 2. etasje', bring: '2 matposer' },
    { label: 'Midlertidig bolig Hillevåg, inngang B', bring: 'Brukerutstyr' },
    { label: 'Bakkeveien 3', bring: '1 matpose' },
  ]);
}
