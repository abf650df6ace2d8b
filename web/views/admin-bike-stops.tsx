import { bikeOffers, type BikeOffer } from '../../src/domain/vocabulary';
import type { Catalogue } from '../i18n/catalogue';
import { Flash } from './admin';
import { Layout, type PageContext } from './layout';
import { ErrorSummary, Field, type FieldErrors, SubmitRow } from './form-field';
import { AdvancedFields } from './opening-days';
import { CancelDates, ScheduleFields, scheduleIds, type DateRow, type ScheduleValues } from './schedule-fields';
import { scheduleInWords } from './schedule-words';

export type BikeStopValues = ScheduleValues & { slug: string; name: string; place: string; lat: string; lon: string; timezone: string; offers: string[] };
type StopListing = { slug: string; name: string; place: string; rrule: string; startsOn: string; until: string | null; timezone: string; startTime: string; durationMinutes: number; offers: string[] };
type Refused = { errors: FieldErrors } | undefined;

// In the form's order: the error summary lists mistakes in it.
const stopIds = { name: 'b-name', place: 'b-place', lat: 'b-lat', lon: 'b-lon', ...scheduleIds('b'), timezone: 'b-timezone', slug: 'b-slug' };

function BikeStopForm({ t, action, v, submit, errors = {} }: { t: Catalogue; action: string; v: BikeStopValues; submit: string; errors?: FieldErrors | undefined }) {
  const b = t.setup.bikeStops;
  return (
    <form method="post" action={action}>
      <ErrorSummary t={t} errors={errors} ids={stopIds} />
      <Field id={stopIds.name} name="name" label={b.name} value={v.name} error={errors.name} required maxlength={120} />
      <Field id={stopIds.place} name="place" label={b.place} value={v.place} error={errors.place} required maxlength={300} />
      <div class="grid">
        <Field id={stopIds.lat} name="lat" label={b.lat} value={v.lat} error={errors.lat} inputmode="decimal" sharedHint="b-coords-hint" />
        <Field id={stopIds.lon} name="lon" label={b.lon} value={v.lon} error={errors.lon} inputmode="decimal" sharedHint="b-coords-hint" />
      </div>
      <p class="hint" id="b-coords-hint">
        {b.coordsHint}
      </p>
      <ScheduleFields t={t} v={v} id="b" errors={errors} />
      <Field id={stopIds.timezone} name="timezone" label={t.setup.schedule.timezone} value={v.timezone} error={errors.timezone} required />
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
      <AdvancedFields t={t} id="b" rrule={v.rrule} slug={v.slug} errors={errors} />
      <SubmitRow label={submit} />
    </form>
  );
}

/** Every bike stop, and a form for a new one. */
export function AdminBikeStopsPage({ page, stops, draft, flash, refused, today }: { page: PageContext; stops: StopListing[]; draft: BikeStopValues; flash?: string | undefined; refused?: Refused; today: string }) {
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
                <td>{scheduleInWords(t, { rule: s.rrule, startsOn: s.startsOn, until: s.until, zone: s.timezone, startTime: s.startTime, durationMinutes: s.durationMinutes, today })}</td>
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
      <BikeStopForm t={t} action="/admin/bike-stops" v={draft} submit={t.admin.create} errors={refused?.errors} />
    </Layout>
  );
}

/** One stop: change it, and cancel (or restore) single dates. */
export function AdminBikeStopPage(p: {
  page: PageContext;
  slug: string;
  v: BikeStopValues;
  zone: string;
  cancelled: DateRow[];
  cancellable: string[];
  flash?: string | undefined;
  refused?: Refused;
  cancelRefused?: { values: { date: string; reason: string }; errors: FieldErrors } | undefined;
}) {
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
      <BikeStopForm t={t} action={base} v={p.v} submit={t.admin.save} errors={p.refused?.errors} />
      <CancelDates t={t} base={base} zone={p.zone} cancelled={p.cancelled} cancellable={p.cancellable} refused={p.cancelRefused} />
    </Layout>
  );
}
