import type { Catalogue } from '../i18n/catalogue';
import { ErrorSummary, Field, SelectField, type FieldErrors, SubmitRow } from './form-field';
import { OpeningDays, openingDayIds, type OpeningDayValues } from './opening-days';
import { longDate } from '../i18n/time-format';

export type ScheduleValues = OpeningDayValues & { startTime: string; durationMinutes: string };

/** The ids of a schedule's fields, by the names the form posts. */
export function scheduleIds(id: string) {
  return { ...openingDayIds(id), startTime: `${id}-startTime`, durationMinutes: `${id}-duration` };
}

/** The recurrence part of a bike stop's or an activity's form: the weekday boxes, the dates and the hours. */
export function ScheduleFields({ t, v, id, errors }: { t: Catalogue; v: ScheduleValues; id: string; errors: FieldErrors }) {
  const s = t.setup.schedule;
  const ids = scheduleIds(id);
  return (
    <>
      <OpeningDays t={t} v={v} id={id} errors={errors} />
      <div class="grid">
        <Field id={ids.startTime} name="startTime" type="time" label={s.startTime} value={v.startTime} error={errors.startTime} required />
        <Field id={ids.durationMinutes} name="durationMinutes" type="number" inputmode="numeric" min={5} max={1440} label={s.durationMinutes} value={v.durationMinutes} error={errors.durationMinutes} required />
      </div>
    </>
  );
}

export type DateRow = { date: string; reason: string | null; undoable: boolean };

/**
 * The coming cancelled dates, each with an undo button, and a form to cancel one more: a list of
 * real dates, so nobody can cancel a day that never happens. The full calendar is on the public page.
 */
export function CancelDates(p: {
  t: Catalogue;
  base: string;
  zone: string;
  cancelled: DateRow[];
  cancellable: string[];
  refused?: { values: { date: string; reason: string }; errors: FieldErrors } | undefined;
}) {
  const { t } = p;
  const errors = p.refused?.errors ?? {};
  const s = t.setup.schedule;
  return (
    <>
      <h2>{s.cancelledDates}</h2>
      {p.cancelled.length === 0 ? (
        <p>{s.noCancelled}</p>
      ) : (
        <ul class="pick dates">
          {p.cancelled.map((d) => {
            const day = longDate(t, d.date, p.zone, 'medium');
            return (
              <li data-date={d.date} class="is-cancelled">
                <span class="who">
                  <s>{day}</s>
                </span>
                <span class="note bad-text">{t.outreach.bike.cancelled(d.reason ?? '')}</span>
                {d.undoable ? (
                  <form method="post" action={`${p.base}/cancellations/${d.date}/undo`}>
                    <button type="submit" class="secondary" aria-label={s.undoLabel(day)}>
                      {s.undo}
                    </button>
                  </form>
                ) : (
                  <span class="muted">{s.calledOff}</span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <form method="post" action={`${p.base}/cancellations`}>
        <fieldset>
          <legend>{s.cancelTitle}</legend>
          <ErrorSummary t={t} errors={errors} ids={{ date: 'cancel-date', reason: 'cancel-reason' }} />
          {p.cancellable.length === 0 ? (
            <p>{s.noDates}</p>
          ) : (
            <>
              <div class="grid">
                <SelectField
                  id="cancel-date"
                  name="date"
                  label={s.date}
                  value={p.refused?.values.date}
                  error={errors.date}
                  options={p.cancellable.map((date) => ({ value: date, label: longDate(t, date, p.zone, 'medium') }))}
                />
                <Field id="cancel-reason" name="reason" label={s.reason} value={p.refused?.values.reason} error={errors.reason} required maxlength={300} />
              </div>
              <SubmitRow label={s.cancel} kind="danger" />
            </>
          )}
        </fieldset>
      </form>
    </>
  );
}
