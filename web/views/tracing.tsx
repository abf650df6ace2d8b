import { ErrorSummary, Field, type FieldErrors, SubmitRow } from './form-field';
import { Layout, type PageContext } from './layout';
import { longDate } from '../i18n/time-format';

/** Someone who shared a pickup slot or an attended group session with the traced code. */
export type Contact = { code: string; kind: 'slot' | 'cohort'; date: string; start: string; end: string; place: string; via: string; cohort?: string };
export type TraceResult = { code: string; contacts: Contact[] } | null;

/** Contact tracing for staff: a code and a date range in, codes with when and where out. */
const traceIds = { code: 'code', from: 'from', to: 'to', '': 'code' };

export function TracingPage(props: { page: PageContext; code: string; from: string; to: string; result: TraceResult; errors?: FieldErrors | undefined }) {
  const { page, code, from, to, result } = props;
  const errors = props.errors ?? {};
  const { t } = page;
  const tr = t.outreach.tracing;
  return (
    <Layout page={page} title={tr.title}>
      <h1>{tr.title}</h1>
      <p>{tr.intro}</p>
      <form method="get" action="/staff/tracing" class="picker">
        <ErrorSummary t={t} errors={errors} ids={traceIds} />
        <div class="grid">
          <Field id={traceIds.code} name="code" class="code" label={tr.code} value={code} error={errors.code ?? errors['']} required maxlength={20} autocomplete="off" />
          <Field id={traceIds.from} name="from" type="date" label={tr.from} value={from} error={errors.from} required />
          <Field id={traceIds.to} name="to" type="date" label={tr.to} value={to} error={errors.to} required />
        </div>
        <SubmitRow label={tr.search} />
      </form>
      {result ? (
        <section aria-labelledby="result">
          <h2 id="result">{tr.result(result.code, result.contacts.length)}</h2>
          {result.contacts.length === 0 ? (
            <p>{tr.none}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{tr.code}</th>
                  <th scope="col">{tr.when}</th>
                  <th scope="col">{tr.where}</th>
                  <th scope="col">{tr.how}</th>
                </tr>
              </thead>
              <tbody>
                {result.contacts.map((c) => (
                    <tr data-code={c.code}>
                      <td class="code-text">{c.code}</td>
                      <td>
                        {/* The times come with their place's offset: show them as written there. */}
                        {longDate(t, c.date, 'Europe/Oslo', 'medium')} {c.start.slice(11, 16)}–{c.end.slice(11, 16)}
                      </td>
                      <td>{c.place}</td>
                      <td>{c.kind === 'slot' ? tr.slot : tr.cohort(c.cohort ?? '')}</td>
                    </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ) : null}
    </Layout>
  );
}
