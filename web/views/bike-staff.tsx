import { bikeOffers, bikeStopStatuses, type BikeOffer } from '../../src/domain/vocabulary';
import { Flash } from './admin';
import { stopTime, type ScheduledStop } from './bike';
import { Layout, type PageContext } from './layout';
import { longDate } from './time-format';

export type DayTally = { people: number; items: Record<string, number> } | null;
export type CrewStop = { o: ScheduledStop; tally: DayTally };

/** The crew's page for one day: each stop's status for the public page, and anonymous counts. */
export function BikeStaffPage({ page, date, stops, flash }: { page: PageContext; date: string; stops: CrewStop[]; flash?: string }) {
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
        <CrewStopCard page={page} date={date} stop={s} />
      ))}
    </Layout>
  );
}

function CrewStopCard({ page, date, stop: { o, tally } }: { page: PageContext; date: string; stop: CrewStop }) {
  const { t } = page;
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
        <fieldset>
          <legend>{d.statusLegend}</legend>
          <div class="checks">
            {bikeStopStatuses.map((st) => (
              <label class="radio">
                <input type="radio" name="status" value={st} checked={o.status === st} required />
                {t.outreach.bike.status[st]}
              </label>
            ))}
          </div>
          <label for={`m-${id}`}>
            {d.message}
            <span class="hint" id={`mh-${id}`}>
              {d.messageHint}
            </span>
          </label>
          <input id={`m-${id}`} name="message" value={o.message ?? ''} maxlength={300} aria-describedby={`mh-${id}`} />
          <div class="actions">
            <button type="submit">{d.saveStatus}</button>
          </div>
        </fieldset>
      </form>
      <form method="post" action={`/staff/bike/${o.stop}/tallies`}>
        <input type="hidden" name="date" value={date} />
        <fieldset>
          <legend>{d.tallyLegend}</legend>
          <div class="grid counts">
            <div>
              <label for={`p-${id}`}>{d.people}</label>
              <input id={`p-${id}`} name="people" type="number" inputmode="numeric" min={0} max={10000} value="0" />
            </div>
            {kinds.map((k) => (
              <div>
                <label for={`i-${id}-${k}`}>{t.outreach.offers[k]}</label>
                <input id={`i-${id}-${k}`} name={`item_${k}`} type="number" inputmode="numeric" min={0} max={100000} value="0" />
              </div>
            ))}
          </div>
          <div class="actions">
            <button type="submit">{d.addTally}</button>
          </div>
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
