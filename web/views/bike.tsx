import type { Child } from 'hono/jsx';
import type { BikeOffer, BikeStopStatus } from '../../src/domain/vocabulary';
import type { ClientCatalogue } from '../i18n/catalogue';
import { SiteNoticeList, type SiteNotice } from './home';
import { Layout, type ClientPageContext } from './layout';
import { clockOfIso, keepLtr, longDate } from '../i18n/time-format';

/** A stop on a date, as the public pages and the crew see it; times are ISO in the stop's zone. */
export type ScheduledStop = {
  stop: string;
  name: string;
  place: string;
  date: string;
  start: string;
  end: string;
  cancelled: boolean;
  reason: string | null;
  status: BikeStopStatus | null;
  message: string | null;
  lat: number | null;
  lon: number | null;
  offers: BikeOffer[];
  timezone: string;
};

/** `geo:` opens the phone's own map app; nothing is asked of any map service by us. */
function geoHref(o: { lat: number | null; lon: number | null }) {
  return o.lat !== null && o.lon !== null ? `geo:${o.lat},${o.lon}` : null;
}

export function stopTime(t: ClientCatalogue, o: ScheduledStop) {
  return keepLtr(t, `${clockOfIso(t, o.start, o.timezone)}–${clockOfIso(t, o.end, o.timezone)}`);
}

export function offerList(t: ClientCatalogue, o: ScheduledStop) {
  // Arabic lists take the Arabic comma.
  return o.offers.map((offer) => t.outreach.offers[offer]).join(t.dir === 'rtl' ? '، ' : ', ');
}

/** One stop on one date; a cancelled one stays on the list, struck through, with the reason. */
function StopItem({ t, o, withDay }: { t: ClientCatalogue; o: ScheduledStop; withDay?: boolean }) {
  const b = t.outreach.bike;
  const geo = geoHref(o);
  const strike = (text: Child) => (o.cancelled ? <s>{text}</s> : text);
  // The time range is never broken over two lines.
  const range = <span class="nowrap">{stopTime(t, o)}</span>;
  const when = withDay ? (
    <>
      {longDate(t, o.date, o.timezone, 'medium')} {range}
    </>
  ) : (
    range
  );
  return (
    <li class={`stop${o.cancelled ? ' is-cancelled' : ''}`} data-stop={o.stop} data-date={o.date}>
      <p class="stop-time">{strike(when)}</p>
      <h3 class="stop-name">{strike(o.name)}</h3>
      <p class="stop-place">{strike(o.place)}</p>
      {o.cancelled ? (
        <p class="message bad">{b.cancelled(o.reason ?? '')}</p>
      ) : o.status || o.message ? (
        <p class="message warn" role="status">
          {[o.status ? b.status[o.status] : null, o.message].filter(Boolean).join(': ')}
        </p>
      ) : null}
      {o.offers.length ? (
        <p class="stop-offers">
          {b.offers}: {offerList(t, o)}
        </p>
      ) : null}
      {geo && !o.cancelled ? (
        <p>
          <a href={geo}>{b.map}</a>
        </p>
      ) : null}
    </li>
  );
}

/** Where the bike is: today first (with the crew's word for the day), then the rest of the week. */
export function BikePage({ page, today, later, notices }: { page: ClientPageContext; today: ScheduledStop[]; later: ScheduledStop[]; notices: SiteNotice[] }) {
  const { t } = page;
  const b = t.outreach.bike;
  return (
    <Layout page={page} title={b.title} description={page.staff.t.descriptions.bike} narrow bare>
      <h1>{b.title}</h1>
      <p>{b.intro}</p>
      <SiteNoticeList page={page} notices={notices} />
      <section aria-labelledby="today">
        <h2 id="today">{b.today}</h2>
        {today.length ? (
          <ul class="stops">
            {today.map((o) => (
              <StopItem t={t} o={o} />
            ))}
          </ul>
        ) : (
          <p>{b.noneToday}</p>
        )}
      </section>
      <section aria-labelledby="week">
        <h2 id="week">{b.thisWeek}</h2>
        {later.length ? (
          <ul class="stops">
            {later.map((o) => (
              <StopItem t={t} o={o} withDay />
            ))}
          </ul>
        ) : (
          <p>{b.noneWeek}</p>
        )}
      </section>
      <ul class="links no-print">
        <li>
          <a href="/bike/poster">{b.poster}</a>
        </li>
        <li>
          <a href="/calendar/bike-stops.ics">{b.calendar}</a>
        </li>
      </ul>
    </Layout>
  );
}
