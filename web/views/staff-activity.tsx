import { formatCode } from '../../src/domain/codes';
import { ErrorSummary, Field, SelectField, type FieldErrors, SubmitRow } from './form-field';
import { cohortName } from '../../src/domain/cohorts';
import { Layout, type PageContext } from './layout';

type StaffActivity = { slug: string; name: string; cohorts: number; cohortSize: number };
/** A member as staff see them: the code, the group (null: waiting) and the note taken at the door. */
export type Member = { code: string; cohort: number | null; note: string | null };
export type Flash = { kind: 'ok' | 'bad'; text: string; slipCode?: string };

/** Enrol at the door (a group, or the waiting list), see each group, print a slip, remove someone. */
export type JoinTyped = { cohort: string; note: string; waitlist: string };
const joinIds = { cohort: 'cohort', note: 'note', waitlist: 'waitlist', '': 'cohort' };

export function StaffActivityPage(props: {
  page: PageContext;
  a: StaffActivity;
  members: Member[];
  today: string;
  flash?: Flash | undefined;
  refused?: { typed: JoinTyped; errors: FieldErrors } | undefined;
}) {
  const { page, a, members, today, flash } = props;
  const typed = props.refused?.typed;
  const errors = props.refused?.errors ?? {};
  const { t } = page;
  const e = t.outreach.enrol;
  const groups = Array.from({ length: a.cohorts }, (_, i) => ({ name: cohortName(i), members: members.filter((m) => m.cohort === i) }));
  const waiting = members.filter((m) => m.cohort === null);
  const base = `/staff/activities/${a.slug}`;
  const row = (m: Member) => {
    const code = formatCode(m.code);
    return (
      <li data-code={code}>
        <span class="who code-text">{code}</span>
        <span class="note">{m.note}</span>
        <span class="buttons">
          <a class="button secondary" href={`${base}/slips/a4?codes=${m.code}`}>
            {e.printSlip}
          </a>
          <form method="post" action={`${base}/members/${m.code}/leave`}>
            <button type="submit" class="secondary" aria-label={e.leaveLabel(code)}>
              {e.leave}
            </button>
          </form>
        </span>
      </li>
    );
  };
  return (
    <Layout page={page} title={e.title(a.name)}>
      <h1>{e.title(a.name)}</h1>
      {flash ? (
        <p class={`message ${flash.kind}`} role={flash.kind === 'bad' ? 'alert' : 'status'}>
          {flash.text}{' '}
          {flash.slipCode ? <a href={`${base}/slips/a4?codes=${flash.slipCode}`}>{e.printSlip}</a> : null}
        </p>
      ) : null}
      <form method="post" action={`${base}/members`}>
        <fieldset>
          <legend>{e.join}</legend>
          <ErrorSummary t={t} errors={errors} ids={joinIds} />
          <SelectField
            id={joinIds.cohort}
            name="cohort"
            label={e.cohort}
            value={typed?.cohort}
            error={errors.cohort ?? errors['']}
            options={[
              { value: '', label: e.anyCohort },
              ...groups.map((g) => ({
                value: g.name,
                label: `${t.outreach.activities.group(g.name)} (${t.outreach.activities.free(Math.max(0, a.cohortSize - g.members.length), a.cohortSize)})`,
              })),
            ]}
          />
          <Field id={joinIds.note} name="note" label={e.note} value={typed?.note} error={errors.note} maxlength={200} />
          <label class="radio" for={joinIds.waitlist}>
            <input type="checkbox" id={joinIds.waitlist} name="waitlist" value="1" checked={typed?.waitlist === '1'} />
            {e.waitlist}
          </label>
          <SubmitRow label={e.join} />
        </fieldset>
      </form>
      <p class="actions">
        <a class="button secondary" href={`/volunteer/activities/${a.slug}?date=${today}`}>
          {e.attendance}
        </a>
        <a href={`${base}/dates`}>{t.users.dates.link}</a>
        <a href="/activities">{e.back}</a>
      </p>
      <h2>{e.members}</h2>
      {groups.map((g) => (
        <section class="slot" data-cohort={g.name}>
          <h3 class="slot-head">
            {t.outreach.activities.group(g.name)} <span class="count">{`${g.members.length}/${a.cohortSize}`}</span>
          </h3>
          {g.members.length ? <ul class="pick">{g.members.map(row)}</ul> : <p class="muted">{e.none}</p>}
        </section>
      ))}
      <h2>{e.waitingList}</h2>
      {waiting.length ? <ol class="pick waiting">{waiting.map(row)}</ol> : <p class="muted">{e.none}</p>}
    </Layout>
  );
}
