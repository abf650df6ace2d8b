import { ErrorSummary, Field, type FieldErrors, SubmitRow } from './form-field';
import { Layout, type PageContext } from './layout';
import { clockOfIso, longDate } from '../i18n/time-format';

/** One session's list: its time (ISO in the activity's zone), and each group's members with their answer. */
type Roster = {
  start: string;
  end: string;
  cancelled: boolean;
  reason: string | null;
  cohorts: { name: string; members: { code: string; present: boolean | null; skipping: boolean; note: string | null }[] }[];
};

/** Attendance on a shared tablet: one row per member, two big buttons, the current answer shown. */
export function AttendancePage(props: { page: PageContext; activity: { slug: string; name: string; timezone: string }; date: string; roster: Roster | null; errors?: FieldErrors | undefined }) {
  const { page, activity, date, roster } = props;
  const errors = props.errors ?? {};
  const { t } = page;
  const at = t.outreach.attendance;
  const zone = activity.timezone;
  const action = `/volunteer/activities/${activity.slug}/attendance`;
  return (
    <Layout page={page} title={at.title(activity.name)} refreshSeconds={roster ? 60 : undefined}>
      <h1>{at.title(activity.name)}</h1>
      <form method="get" action={`/volunteer/activities/${activity.slug}`} class="picker no-print">
        <ErrorSummary t={t} errors={errors} ids={{ date: 'date', '': 'date' }} />
        <Field id="date" name="date" type="date" label={at.date} value={date} error={errors.date ?? errors['']} required />
        <SubmitRow label={at.show} />
      </form>
      {!roster ? (
        <p class="message warn">{at.notSession}</p>
      ) : (
        // A live region: with script the taps post in the background and the list refreshes in place.
        <div data-live="30">
          <h2>
            {longDate(t, date, zone)} · {clockOfIso(t, roster.start, zone)}–{clockOfIso(t, roster.end, zone)}
          </h2>
          {roster.cancelled ? <p class="message bad">{at.cancelled(roster.reason ?? '')}</p> : null}
          {roster.cohorts.map((g) => {
            const here = g.members.filter((m) => m.present === true).length;
            return (
              <section class="slot" data-cohort={g.name}>
                <h3 class="slot-head">
                  {t.outreach.activities.group(g.name)} <span class="count">{at.counts(here, g.members.length)}</span>
                </h3>
                <ul class="pick">
                  {g.members.map((m) => (
                    <li data-code={m.code} data-present={m.present === null ? 'unknown' : String(m.present)}>
                      <span class="who code-text">{m.code}</span>
                      <span class="note">
                        {m.skipping ? at.skipping : null} {m.note}
                      </span>
                      {roster.cancelled ? null : (
                        <span class="buttons">
                          {[true, false].map((present) => (
                            <form method="post" action={action} data-inline id={`mark-${m.code}-${present ? 'here' : 'away'}`}>
                              <input type="hidden" name="code" value={m.code} />
                              <input type="hidden" name="date" value={date} />
                              <input type="hidden" name="present" value={present ? '1' : '0'} />
                              <button
                                type="submit"
                                class={m.present === present ? undefined : 'secondary'}
                                aria-pressed={m.present === present ? 'true' : 'false'}
                                aria-label={present ? at.markPresent(m.code) : at.markAbsent(m.code)}
                              >
                                {present ? at.present : at.absent}
                              </button>
                            </form>
                          ))}
                        </span>
                      )}
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </Layout>
  );
}
