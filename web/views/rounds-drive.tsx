import type { RoundView } from '../../src/schemas/rounds-responses';
import { Field, SubmitRow } from './form-field';
import { Layout, type PageContext } from './layout';
import { longDate } from '../i18n/time-format';
import { windowText } from './rounds-plan';

/**
 * A round on the driver's phone: the stops in order, one tap each for delivered or not home (an
 * undo once marked), and "running late" for the rest. Plain form posts, as the pickup list.
 */
export function DriveRoundPage({ page, site, round, refused }: { page: PageContext; site: { slug: string; name: string; timezone: string }; round: RoundView; refused?: string | undefined }) {
  const { t } = page;
  const r = t.rounds;
  const action = `/volunteer/rounds/${site.slug}/${round.id}`;
  const done = round.stops.filter((s) => s.status !== 'planned').length;
  return (
    <Layout page={page} title={round.name} refreshSeconds={120}>
      <div class="drive">
        <h1>
          <bdi>{round.name}</bdi>
        </h1>
        <p class="lead">
          <strong>{site.name}</strong> · {longDate(t, round.date, site.timezone)}
        </p>
        <p data-testid="done">
          {r.done(done, round.stops.length)}
          {round.delayMinutes > 0 ? ` · ${r.delayed(round.delayMinutes)}` : ''}
        </p>
        {refused ? (
          <p class="message bad" role="alert">
            {refused}
          </p>
        ) : null}
        <ol class="stops" aria-label={r.stops}>
          {round.stops.map((s) => (
            <li data-status={s.status} data-stop={s.id} id={`stop-${s.id}`}>
              <span class="win">{windowText(page, s, site.timezone)}</span>
              <span class="what">
                {s.label ? <bdi>{s.label}</bdi> : <em class="muted">{r.noLabel}</em>}
                {s.bring ? (
                  <>
                    <br />
                    <span class="bring">{s.bring}</span>
                  </>
                ) : null}
                {s.status !== 'planned' ? (
                  <>
                    <br />
                    <span class={`status status-stop-${s.status}`}>{r.status[s.status]}</span>
                  </>
                ) : null}
              </span>
              <form class="buttons" method="post" action={`${action}/status`}>
                <input type="hidden" name="stop" value={String(s.id)} />
                {s.status === 'planned' ? (
                  <>
                    <button name="status" value="delivered" aria-label={`${r.delivered}: ${r.place} ${s.place}`}>
                      {r.delivered}
                    </button>
                    <button name="status" value="not_home" class="secondary" aria-label={`${r.notHome}: ${r.place} ${s.place}`}>
                      {r.notHome}
                    </button>
                  </>
                ) : (
                  <button name="status" value="planned" class="secondary" aria-label={`${r.undo}: ${r.place} ${s.place}`}>
                    {r.undo}
                  </button>
                )}
              </form>
            </li>
          ))}
        </ol>
        <form method="post" action={`${action}/delay`} aria-labelledby="late">
          <fieldset>
            <legend id="late">{r.late}</legend>
            <p class="muted">{r.lateHelp}</p>
            <Field id="late-minutes" name="minutes" type="number" min="1" max="240" label={r.lateMinutes} value="10" required />
            <SubmitRow label={r.lateSubmit} kind="secondary" />
          </fieldset>
        </form>
      </div>
    </Layout>
  );
}
