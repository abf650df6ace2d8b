import { Hono, type Context } from 'hono';
import { cancelledSessionDates, findActivity } from '../db/activities';
import { cancelledStopDates, listBikeStops, stopOffers } from '../db/bike-stops';
import type { BikeOffer } from '../domain/vocabulary';
import { buildCalendar, type CalendarEvent } from '../domain/icalendar';
import { addDays } from '../domain/local-date';
import { recurringDates } from '../domain/recurrence/dates';
import type { AppEnv } from '../http/context';
import { negotiateLang } from '../../web/i18n/negotiate';

const PRODID = '-//Hentetid//Hentetid 0.1//NO';

const offerLabels: Record<'nb' | 'en', Record<BikeOffer, string>> = {
  nb: { food: 'mat', equipment: 'brukerutstyr', naloxone: 'nalokson', wound_care: 'sårstell', testing: 'testing', vaccination: 'vaksinering', talk: 'en prat' },
  en: { food: 'food', equipment: 'user equipment', naloxone: 'naloxone', wound_care: 'wound care', testing: 'testing', vaccination: 'vaccination', talk: 'a talk' },
};
const words = {
  nb: { bikeCalendar: 'Oppsøkende sykkel', offers: 'Tilbud', cohorts: (n: number, size: number) => `${n} grupper, inntil ${size} i hver` },
  en: { bikeCalendar: 'Outreach bike', offers: 'Offers', cohorts: (n: number, size: number) => `${n} groups of up to ${size}` },
};

/**
 * RFC 5545 counts DTSTART as the first occurrence, so it must be the first date the rule really
 * yields (startsOn need not be one). Looked for a year at a time, up to ten years ahead.
 */
function firstDate(rule: string, startsOn: string, until: string | null): string | null {
  for (let year = 0; year < 10; year++) {
    const from = addDays(startsOn, year * 367);
    const [first] = recurringDates(rule, startsOn, until, from, addDays(from, 366));
    if (first) return first;
    if (until && addDays(from, 366) >= until) return null;
  }
  return null;
}

function ics(c: Context<AppEnv>, body: string, filename: string) {
  return c.body(body, 200, {
    'content-type': 'text/calendar; charset=utf-8',
    'content-disposition': `inline; filename="${filename}"`,
    'cache-control': 'public, max-age=300',
  });
}

function langOf(c: Context<AppEnv>) {
  return negotiateLang(c.req.query('lang'), undefined, c.req.header('accept-language')) === 'en' ? 'en' : 'nb';
}

/** Public feeds under /calendar (not /api: calendar apps subscribe to plain URLs). */
export function calendarRoutes() {
  return new Hono<AppEnv>()
    .get('/bike-stops.ics', async (c) => {
      const services = c.get('services');
      const lang = langOf(c);
      const stops = await listBikeStops(services);
      const cancelled = await cancelledStopDates(services);
      const publicUrl = services.settings.publicUrl;
      const events: CalendarEvent[] = stops.flatMap((stop) => {
        const first = firstDate(stop.rrule, stop.startsOn, stop.until);
        if (!first) return [];
        const offers = stopOffers(stop).map((o) => offerLabels[lang][o]);
        return [{
          uid: `bike-stop-${stop.slug}@hentetid`,
          summary: stop.name,
          location: stop.place,
          description: offers.length ? `${words[lang].offers}: ${offers.join(', ')}` : undefined,
          url: publicUrl ? `${publicUrl}/bike` : undefined,
          geo: stop.lat !== null && stop.lon !== null ? { lat: stop.lat, lon: stop.lon } : null,
          zone: stop.timezone,
          firstDate: first,
          startTime: stop.startTime,
          durationMinutes: stop.durationMinutes,
          rrule: stop.rrule,
          until: stop.until,
          exdates: [...(cancelled.get(stop.id)?.keys() ?? [])],
        }];
      });
      return ics(c, buildCalendar({ prodId: PRODID, name: words[lang].bikeCalendar, stampMs: services.now(), events }), 'bike-stops.ics');
    })
    .get('/activities/:file{.+\\.ics}', async (c) => {
      const services = c.get('services');
      const lang = langOf(c);
      const a = await findActivity(services, c.req.param('file').replace(/\.ics$/, ''));
      const first = firstDate(a.rrule, a.startsOn, a.until);
      const cancelled = await cancelledSessionDates(services, a);
      const publicUrl = services.settings.publicUrl;
      const events: CalendarEvent[] = first
        ? [{
            uid: `activity-${a.slug}@hentetid`,
            summary: a.name,
            location: a.place || a.siteName || undefined,
            description: words[lang].cohorts(a.cohorts, a.cohortSize),
            url: publicUrl ? `${publicUrl}/activities` : undefined,
            zone: a.timezone,
            firstDate: first,
            startTime: a.startTime,
            durationMinutes: a.durationMinutes,
            rrule: a.rrule,
            until: a.until,
            exdates: cancelled.map((x) => x.date),
          }]
        : [];
      return ics(c, buildCalendar({ prodId: PRODID, name: a.name, stampMs: services.now(), events }), `${a.slug}.ics`);
    });
}
