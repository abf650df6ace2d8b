import { bikeOffers, type BikeOffer } from '../../src/domain/vocabulary';
import type { Catalogue } from '../i18n/catalogue';
import { Flash } from './admin';
import { Layout, type PageContext } from './layout';
import { CancelDates, ScheduleFields, type DateRow, type ScheduleValues } from './schedule-fields';

export type BikeStopValues = ScheduleValues & { slug: string; name: string; place: string; lat: string; lon: string; timezone: string; offers: string[] };
type StopListing = { slug: string; name: string; place: string; rrule: string; startTime: string; durationMinutes: number; offers: string[] };

function BikeStopForm({ t, action, v, submit }: { t: Catalogue; action: string; v: BikeStopValues; submit: string }) {
  const b = t.setup.bikeStops;
  return (
    <form method="post" action={action}>
      <div class="grid">
        <div>
          <label for="b-name">{b.name}</label>
          <input id="b-name" name="name" value={v.name} required maxlength={120} />
        </div>
        <div>
          <label for="b-slug">{t.admin.slug}</label>
          <input id="b-slug" name="slug" value={v.slug} required maxlength={50} pattern="[a-z0-9][a-z0-9\-]*" autocapitalize="none" spellcheck={false} />
        </div>
      </div>
      <label for="b-place">{b.place}</label>
      <input id="b-place" name="place" value={v.place} required maxlength={300} />
      <div class="grid">
        <div>
          <label for="b-lat">{b.lat}</label>
          <input id="b-lat" name="lat" value={v.lat} inputmode="decimal" aria-describedby="b-coords-hint" />
        </div>
        <div>
          <label for="b-lon">{b.lon}</label>
          <input id="b-lon" name="lon" value={v.lon} inputmode="decimal" aria-describedby="b-coords-hint" />
        </div>
      </div>
      <p class="hint" id="b-coords-hint">
        {b.coordsHint}
      </p>
      <ScheduleFields t={t} v={v} id="b" />
      <label for="b-timezone">{t.setup.schedule.timezone}</label>
      <input id="b-timezone" name="timezone" value={v.timezone} required />
      <fieldset>
        <legend>{b.offers}</legend>
        <div class="checks">
          {bikeOffers.map((o) => (
            <label class="radio">
              <input type="checkbox" name="offers" value={o} checked={v.offers.includes(o)} />
              {t.outreach.offers[o]}
            </label>
          ))}
        </div>
      </fieldset>
      <div class="actions">
        <button type="submit">{submit}</button>
      </div>
    </form>
  );
}

/** Every bike stop, and a form for a new one. */
export function AdminBikeStopsPage({ page, stops, draft, flash }: { page: PageContext; stops: StopListing[]; draft: BikeStopValues; flash?: string }) {
  const { t } = page;
  const b = t.setup.bikeStops;
  return (
    <Layout page={page} title={b.title}>
      <p>
        <a href="/admin">{t.admin.back}</a>
      </p>
      <h1>{b.title}</h1>
      <p>{b.intro}</p>
      <Flash text={flash} />
      {stops.length === 0 ? (
        <p>{b.none}</p>
      ) : (
        <table class="stack">
          <thead>
            <tr>
              <th scope="col">{b.name}</th>
              <th scope="col">{b.place}</th>
              <th scope="col">{t.setup.schedule.when}</th>
              <th scope="col">{b.offers}</th>
            </tr>
          </thead>
          <tbody>
            {stops.map((s) => (
              <tr data-stop={s.slug}>
                <td>
                  <a href={`/admin/bike-stops/${s.slug}`}>{s.name}</a>
                </td>
                <td>{s.place}</td>
                <td>
                  <code>{s.rrule}</code> {s.startTime}, {s.durationMinutes} min
                </td>
                <td>{s.offers.map((o) => t.outreach.offers[o as BikeOffer] ?? o).join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ul class="setup-links">
        <li>
          <a href="/bike">{b.publicPage}</a>
        </li>
        <li>
          <a href="/staff/bike">{t.setup.links.bikeDay}</a>
        </li>
      </ul>
      <h2 id="new-stop">{b.newStop}</h2>
      <BikeStopForm t={t} action="/admin/bike-stops" v={draft} submit={t.admin.create} />
    </Layout>
  );
}

/** One stop: change it, and cancel (or restore) single dates. */
export function AdminBikeStopPage(p: { page: PageContext; slug: string; v: BikeStopValues; zone: string; cancelled: DateRow[]; cancellable: string[]; flash?: string }) {
  const { t } = p.page;
  const b = t.setup.bikeStops;
  const base = `/admin/bike-stops/${p.slug}`;
  return (
    <Layout page={p.page} title={b.stopTitle(p.v.name)}>
      <p>
        <a href="/admin/bike-stops">{b.back}</a>
      </p>
      <h1>{b.stopTitle(p.v.name)}</h1>
      <Flash text={p.flash} />
      <BikeStopForm t={t} action={base} v={p.v} submit={t.admin.save} />
      <CancelDates t={t} base={base} zone={p.zone} cancelled={p.cancelled} cancellable={p.cancellable} />
    </Layout>
  );
}
