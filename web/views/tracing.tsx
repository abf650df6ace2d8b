import { Layout, type PageContext } from './layout';
import { longDate } from './time-format';

/** Someone who shared a pickup slot or an attended group session with the traced code. */
export type Contact = { code: string; kind: 'slot' | 'cohort'; date: string; start: string; end: string; place: string; via: string; cohort?: string };
export type TraceResult = { code: string; contacts: Contact[] } | null;

/** Contact tracing for staff: a code and a date range in, codes with when and where out. */
export function TracingPage(props: { page: PageContext; code: string; from: string; to: string; result: TraceResult; error?: string }) {
  const { page, code, from, to, result, error } = props;
  const { t } = page;
  const tr = t.outreach.tracing;
  return (
    <Layout page={page} title={tr.title}>
      <h1>{tr.title}</h1>
      <p>{tr.intro}</p>
      <form method="get" action="/staff/tracing" class="picker">
        <div class="grid">
          <div>
            <label for="code">{tr.code}</label>
            <input id="code" name="code" class="code" value={code} required maxlength={20} autocomplete="off" />
          </div>
          <div>
            <label for="from">{tr.from}</label>
            <input id="from" name="from" type="date" value={from} required />
          </div>
          <div>
            <label for="to">{tr.to}</label>
            <input id="to" name="to" type="date" value={to} required />
          </div>
        </div>
        <div class="actions">
          <button type="submit">{tr.search}</button>
        </div>
      </form>
      {error ? (
        <p class="message bad" role="alert">
          {error}
        </p>
      ) : null}
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
