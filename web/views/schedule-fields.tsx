import type { Catalogue } from '../i18n/catalogue';
import { longDate } from './time-format';

export type ScheduleValues = { rrule: string; startsOn: string; until: string; startTime: string; durationMinutes: string };

/** The recurrence part of a bike stop's or an activity's form, with worked RRULE examples beside it. */
export function ScheduleFields({ t, v, id }: { t: Catalogue; v: ScheduleValues; id: string }) {
  const s = t.setup.schedule;
  return (
    <>
      <div class="grid">
        <div>
          <label for={`${id}-startsOn`}>{s.startsOn}</label>
          <input id={`${id}-startsOn`} name="startsOn" type="date" value={v.startsOn} required />
        </div>
        <div>
          <label for={`${id}-until`}>{s.until}</label>
          <input id={`${id}-until`} name="until" type="date" value={v.until} />
        </div>
        <div>
          <label for={`${id}-startTime`}>{s.startTime}</label>
          <input id={`${id}-startTime`} name="startTime" type="time" value={v.startTime} required />
        </div>
        <div>
          <label for={`${id}-duration`}>{s.durationMinutes}</label>
          <input id={`${id}-duration`} name="durationMinutes" type="number" inputmode="numeric" min={5} max={1440} value={v.durationMinutes} required />
        </div>
      </div>
      <label for={`${id}-rrule`}>{s.rrule}</label>
      <input id={`${id}-rrule`} name="rrule" value={v.rrule} required maxlength={500} aria-describedby={`${id}-rrule-hint`} spellcheck={false} autocapitalize="characters" />
      <div class="hint rrule-hint" id={`${id}-rrule-hint`}>
        {s.rruleHelp}
        <ul>
          {s.rruleExamples.map(([rule, meaning]) => (
            <li>
              <code>{rule}</code> – {meaning}
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

export type DateRow = { date: string; reason: string | null; undoable: boolean };

/**
 * The coming cancelled dates, each with an undo button, and a form to cancel one more: a list of
 * real dates, so nobody can cancel a day that never happens. The full calendar is on the public page.
 */
export function CancelDates(p: { t: Catalogue; base: string; zone: string; cancelled: DateRow[]; cancellable: string[] }) {
  const { t } = p;
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
          {p.cancellable.length === 0 ? (
            <p>{s.noDates}</p>
          ) : (
            <>
              <div class="grid">
                <div>
                  <label for="cancel-date">{s.date}</label>
                  <select id="cancel-date" name="date" required>
                    {p.cancellable.map((date) => (
                      <option value={date}>{longDate(t, date, p.zone, 'medium')}</option>
                    ))}
                  </select>
                </div>
                <div>
                  <label for="cancel-reason">{s.reason}</label>
                  <input id="cancel-reason" name="reason" required maxlength={300} />
                </div>
              </div>
              <div class="actions">
                <button type="submit" class="danger">
                  {s.cancel}
                </button>
              </div>
            </>
          )}
        </fieldset>
      </form>
    </>
  );
}
