import type { AuditAction } from '../../src/domain/vocabulary';
import { Layout, type PageContext } from './layout';
import { SubmitRow } from './form-field';

/** One entry as the page shows it: the time already in the reader's words. */
type AuditRow = { when: string; user: string | null; action: AuditAction; target: string };

/** The audit log for admins: a date range and the entries in it, newest first. */
export function AuditPage(props: { page: PageContext; from: string; to: string; keptDays: number; rows: AuditRow[] }) {
  const { page, from, to, keptDays, rows } = props;
  const a = page.t.audit;
  return (
    <Layout page={page} title={a.title}>
      <h1>{a.title}</h1>
      <p>{a.intro.replace('{days}', String(keptDays))}</p>
      <form method="get" action="/admin/audit" class="picker">
        <div class="grid">
          <div>
            <label for="audit-from">{a.from}</label>
            <input id="audit-from" name="from" type="date" value={from} required />
          </div>
          <div>
            <label for="audit-to">{a.to}</label>
            <input id="audit-to" name="to" type="date" value={to} required />
          </div>
        </div>
        <SubmitRow label={a.show} />
      </form>
      {rows.length === 0 ? (
        <p>{a.none}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{a.when}</th>
              <th scope="col">{a.who}</th>
              <th scope="col">{a.what}</th>
              <th scope="col">{a.target}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr>
                <td>{row.when}</td>
                <td>{row.user ?? a.system}</td>
                <td>{a.actions[row.action]}</td>
                <td class="code">{row.target}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}
