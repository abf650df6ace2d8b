import { bikeOffers, bikeStopStatuses, type BikeOffer } from '../../src/domain/vocabulary';
import { Flash } from './admin';
import { stopTime, type ScheduledStop } from './bike';
import { ErrorSummary, Field, FieldError, fieldAria, type FieldErrors, SubmitRow } from './form-field';
import { Layout, type PageContext } from './layout';
import { longDate } from '../i18n/time-format';

type DayTally = { people: number; items: Record<string, number> } | null;
type CrewStop = { o: ScheduledStop; tally: DayTally };
/** A refused status or count for one stop: what was typed and what to fix. */
export type CrewRefused = { stop: string; kind: 'status' | 'tally'; typed: Record<string, string>; errors: FieldErrors };

/** The crew's page for one day: each stop's status for the public page, and anonymous counts. */
export function BikeStaffPage({ page, date, stops, flash, refused }: { page: PageContext; date: string; stops: CrewStop[]; flash?: string | undefined; refused?: CrewRefused | undefined }) {
  const { t } = page;
  const d = t.setup.bikeDay;
  return (
    <Layout page={page} title={d.title}>
      <h1>{d.title}</h1>
      <p>{d.intro}</p>
      <form method="get" action="/staff/bike" class="row-form day-pick">
        <label for="day">{d.date}</label>
        <input id="day" name="date" type="date" value={date} required />
        <button type="submit" class="secondary">
          {d.show}
        </button>
      </form>
      <Flash text={flash} />
      <h2>{longDate(t, date, 'Europe/Oslo')}</h2>
      {stops.length === 0 ? <p>{d.none}</p> : null}
      {stops.map((s) => (
        <CrewStopCard page={page} date={date} stop={s} refused={refused?.stop === s.o.stop ? refused : undefined} />
      ))}
    </Layout>
  );
}

function CrewStopCard({ page, date, stop: { o, tally }, refused }: { page: PageContext; date: string; stop: CrewStop; refused?: CrewRefused | undefined }) {
  const { t } = page;
  const status = refused?.kind === 'status' ? refused : undefined;
  const count = refused?.kind === 'tally' ? refused : undefined;
  const statusErrors = status?.errors ?? {};
  const countErrors = count?.errors ?? {};
  const d = t.setup.bikeDay;
  const id = o.stop;
  // Counts are kept for what the stop offers; a stop with no list gets every kind.
  const kinds: readonly BikeOffer[] = o.offers.length ? o.offers : bikeOffers;
  const calledOffAhead = o.cancelled && o.status !== 'cancelled';
  return (
    <section class="stop crew" data-stop={o.stop} aria-labelledby={`h-${id}`}>
      <p class="stop-time">{stopTime(t, o)}</p>
      <h3 class="stop-name" id={`h-${id}`}>
        {o.name}
      </h3>
      <p class="stop-place">{o.place}</p>
      {calledOffAhead ? <p class="message bad">{d.cancelledAhead(o.reason ?? '')}</p> : null}
      <p>
        <a href={`/staff/bike/${o.stop}/dates`}>{t.users.dates.link}</a>
      </p>
      <form method="post" action={`/staff/bike/${o.stop}/status`}>
        <input type="hidden" name="date" value={date} />
        <ErrorSummary t={t} errors={statusErrors} ids={{ status: `st-${id}-${bikeStopStatuses[0]}`, message: `m-${id}` }} />
        <fieldset>
          <legend>{d.statusLegend}</legend>
          <FieldError id={`st-${id}`} error={statusErrors.status} />
          <div class="checks">
            {bikeStopStatuses.map((st) => (
              <label class="radio" for={`st-${id}-${st}`}>
                <input type="radio" id={`st-${id}-${st}`} name="status" value={st} checked={(status?.typed.status ?? o.status) === st} required {...fieldAria(`st-${id}`, statusErrors.status)} />
                {t.outreach.bike.status[st]}
              </label>
            ))}
          </div>
          <Field id={`m-${id}`} name="message" label={d.message} hint={d.messageHint} value={status?.typed.message ?? o.message ?? ''} error={statusErrors.message} maxlength={300} />
          <SubmitRow label={d.saveStatus} />
        </fieldset>
      </form>
      <form method="post" action={`/staff/bike/${o.stop}/tallies`}>
        <input type="hidden" name="date" value={date} />
        <ErrorSummary t={t} errors={countErrors} ids={{ people: `p-${id}`, ...Object.fromEntries(kinds.map((k) => [`item_${k}`, `i-${id}-${k}`])) }} />
        <fieldset>
          <legend>{d.tallyLegend}</legend>
          <div class="grid counts">
            <Field id={`p-${id}`} name="people" type="number" inputmode="numeric" min={0} max={10000} label={d.people} value={count?.typed.people ?? '0'} error={countErrors.people} />
            {kinds.map((k) => (
              <Field id={`i-${id}-${k}`} name={`item_${k}`} type="number" inputmode="numeric" min={0} max={100000} label={t.outreach.offers[k]} value={count?.typed[`item_${k}`] ?? '0'} error={countErrors[`item_${k}`]} />
            ))}
          </div>
          <SubmitRow label={d.addTally} />
          <p class="tally-so-far" data-testid="tally">
            <strong>{d.soFar}:</strong>{' '}
            {tally ? d.peopleCount(tally.people) : d.nothingYet}
            {tally && Object.keys(tally.items).length
              ? `. ${d.items}: ${Object.entries(tally.items)
                  .map(([k, n]) => `${t.outreach.offers[k as BikeOffer] ?? k} ${n}`)
                  .join(', ')}`
              : null}
          </p>
        </fieldset>
      </form>
    </section>
  );
}
