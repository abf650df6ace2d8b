import type { RoundView, StopView } from '../../src/schemas/rounds-responses';
import { ErrorSummary, Field, type FieldErrors, SubmitRow } from './form-field';
import { Layout, type PageContext } from './layout';
import { SitePicker, type Choice } from './site-picker';
import { clockOfIso, longDate } from '../i18n/time-format';
import { enDash } from './en-dash';

type RoundsChoice = { sites: Choice[]; site: Choice & { timezone: string }; date: string; passed: boolean };
/** A refused form: which one (the new round, or a round's stop form), what was typed, what to fix. */
export type RoundsRefused = { form: 'new' | number; typed: Record<string, string>; errors: FieldErrors };

const newIds = { name: 'round-name', starts: 'round-starts', minutesPerStop: 'round-minutes', breakAfterStop: 'round-break-after', breakMinutes: 'round-break-minutes', date: 'pick-date', '': 'round-name' };
const stopIds = (id: number) => ({ label: `stop-label-${id}`, bring: `stop-bring-${id}`, '': `stop-label-${id}` });

/** A stop's window as the plan and the phone show it: "13:00–13:15". */
export function windowText(page: PageContext, stop: Pick<StopView, 'start' | 'end'>, zone: string) {
  return (
    <>
      {clockOfIso(page.t, stop.start, zone)}
      {enDash}
      {clockOfIso(page.t, stop.end, zone)}
    </>
  );
}

/**
 * Plan a site's rounds of a day: a round's pace, its stops in driving order with up and down
 * buttons (plain form posts), a copy for next week and the links to print and to drive.
 */
export function RoundsPlanPage({ page, choice, rounds, refused, done }: { page: PageContext; choice: RoundsChoice; rounds: RoundView[]; refused?: RoundsRefused; done?: string | undefined }) {
  const { t } = page;
  const r = t.rounds;
  const errors = refused?.errors ?? {};
  const ids = refused?.form === 'new' || refused === undefined ? newIds : stopIds(refused.form);
  return (
    <Layout page={page} title={r.title}>
      <h1>{r.title}</h1>
      <p class="muted">{r.intro}</p>
      <SitePicker t={t} action="/staff/rounds" sites={choice.sites} site={choice.site.slug} date={choice.date} />
      <ErrorSummary t={t} errors={errors} ids={ids} />
      {done ? (
        <p class="message ok" role="status">
          {done}
        </p>
      ) : null}
      <h2>{longDate(t, choice.date, choice.site.timezone)}</h2>
      {choice.passed ? <p class="message warn">{r.passed}</p> : null}
      {rounds.length === 0 ? <p>{r.none}</p> : null}
      {rounds.map((round) => (
        <RoundSection page={page} choice={choice} round={round} refused={refused?.form === round.id ? refused : undefined} />
      ))}
      {choice.passed ? null : <NewRoundForm page={page} choice={choice} refused={refused?.form === 'new' ? refused : undefined} />}
    </Layout>
  );
}

function RoundSection({ page, choice, round, refused }: { page: PageContext; choice: RoundsChoice; round: RoundView; refused?: RoundsRefused | undefined }) {
  const { t } = page;
  const r = t.rounds;
  const zone = choice.site.timezone;
  const base = `/staff/rounds/${choice.site.slug}/${round.id}`;
  const slips = `/staff/print/rounds/${choice.site.slug}/${round.id}`;
  const ids = stopIds(round.id);
  const errors = refused?.errors ?? {};
  return (
    <section class="round" aria-labelledby={`round-${round.id}`} data-round={round.id}>
      <h2 id={`round-${round.id}`}>
        <bdi>{round.name}</bdi> · {r.stopCount(round.stops.length)}
      </h2>
      <p class="muted">
        {r.starts}: {round.starts} · {r.minutesPerStop}: {round.minutesPerStop}
        {round.breakAfterStop ? ` · ${r.breakAfter(round.breakAfterStop, round.breakMinutes)}` : ''}
        {round.delayMinutes > 0 ? ` · ${r.delayed(round.delayMinutes)}` : ''}
      </p>
      <p class="actions">
        <a href={`${base}/sheet`}>{r.sheet}</a>
        <a href={`${slips}/a4`}>{r.slips}</a>
        <a href={`/volunteer/rounds/${choice.site.slug}/${round.id}`}>{r.drive}</a>
      </p>
      <ol class="stops" aria-label={r.stops}>
        {round.stops.map((s, i) => (
          <li data-status={s.status} data-stop={s.id}>
            <span class="win">{windowText(page, s, zone)}</span>
            <span class="what">
              {s.label ? <bdi>{s.label}</bdi> : <em class="muted">{r.noLabel}</em>}
              {s.bring ? (
                <>
                  {' · '}
                  <span class="bring">{s.bring}</span>
                </>
              ) : null}{' '}
              <span class="code-text muted">{s.code}</span>
              {s.status !== 'planned' ? <span class={`status status-stop-${s.status}`}> {r.status[s.status]}</span> : null}
            </span>
            {choice.passed ? null : (
              <span class="buttons">
                <form method="post" action={`${base}/stops/${s.id}/move`}>
                  <button name="move" value="up" class="secondary" disabled={i === 0} aria-label={`${r.up}: ${r.place} ${s.place}`}>
                    ↑
                  </button>
                </form>
                <form method="post" action={`${base}/stops/${s.id}/move`}>
                  <button name="move" value="down" class="secondary" disabled={i === round.stops.length - 1} aria-label={`${r.down}: ${r.place} ${s.place}`}>
                    ↓
                  </button>
                </form>
                <form method="post" action={`${base}/stops/${s.id}/remove`}>
                  <button class="danger" aria-label={`${r.remove}: ${r.place} ${s.place}`}>
                    {r.remove}
                  </button>
                </form>
              </span>
            )}
            {choice.passed ? null : (
              <details class="edit-stop">
                <summary aria-label={`${r.edit}: ${r.place} ${s.place}`}>{r.edit}</summary>
                <form method="post" action={`${base}/stops/${s.id}/edit`} class="inline-form">
                  <Field id={`edit-label-${s.id}`} name="label" label={r.label} value={s.label} maxlength="120" required />
                  <Field id={`edit-bring-${s.id}`} name="bring" label={r.bring} value={s.bring ?? ''} maxlength="120" />
                  <SubmitRow label={r.save} kind="secondary" />
                </form>
              </details>
            )}
          </li>
        ))}
      </ol>
      {choice.passed ? null : (
        <>
          <form method="post" action={`${base}/stops`} class="inline-form">
            <Field id={ids.label} name="label" label={r.label} hint={r.labelHint} error={errors.label ?? errors['']} value={refused?.typed.label ?? ''} maxlength="120" required />
            <Field id={ids.bring} name="bring" label={r.bring} error={errors.bring} value={refused?.typed.bring ?? ''} maxlength="120" />
            <SubmitRow label={r.addStop} />
          </form>
          <form method="post" action={`${base}/copy`} class="inline-form">
            <label class="radio">
              <input type="checkbox" name="keepLabels" value="1" checked />
              {r.keepLabels}
            </label>
            <SubmitRow label={r.copy} kind="secondary" />
          </form>
          <form method="post" action={`${base}/delete`}>
            <SubmitRow label={r.removeRound} kind="danger" />
          </form>
        </>
      )}
    </section>
  );
}

function NewRoundForm({ page, choice, refused }: { page: PageContext; choice: RoundsChoice; refused?: RoundsRefused | undefined }) {
  const r = page.t.rounds;
  const errors = refused?.errors ?? {};
  const typed = refused?.typed ?? {};
  return (
    <form method="post" action="/staff/rounds" aria-labelledby="new-round">
      <fieldset>
        <legend id="new-round">{r.newRound}</legend>
        <input type="hidden" name="site" value={choice.site.slug} />
        <input type="hidden" name="date" value={choice.date} />
        <Field id={newIds.name} name="name" label={r.name} hint={r.nameHint} error={errors.name ?? errors[''] ?? errors.date} value={typed.name ?? ''} maxlength="120" required />
        <div class="grid">
          <Field id={newIds.starts} name="starts" type="time" label={r.starts} error={errors.starts} value={typed.starts ?? '13:00'} required />
          <Field id={newIds.minutesPerStop} name="minutesPerStop" type="number" min="5" max="240" label={r.minutesPerStop} error={errors.minutesPerStop} value={typed.minutesPerStop ?? '15'} required />
          <Field id={newIds.breakAfterStop} name="breakAfterStop" type="number" min="1" max="200" label={r.breakAfterStop} error={errors.breakAfterStop} value={typed.breakAfterStop ?? ''} />
          <Field id={newIds.breakMinutes} name="breakMinutes" type="number" min="0" max="240" label={r.breakMinutes} error={errors.breakMinutes} value={typed.breakMinutes ?? '0'} />
        </div>
        <SubmitRow label={r.create} />
      </fieldset>
    </form>
  );
}
