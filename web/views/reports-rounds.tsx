import type { ReportRound } from '../../src/schemas/reports';
import type { Catalogue } from '../i18n/catalogue';
import { longDate } from '../i18n/time-format';

/** The delivery rounds of a report: per day and site, counts only. */
export function RoundsReport({ t, rows }: { t: Catalogue; rows: ReportRound[] }) {
  const r = t.rounds.report;
  return (
    <section aria-labelledby="r-rounds" class="report-block">
      <h2 id="r-rounds">{r.title}</h2>
      {rows.length === 0 ? (
        <p>{r.none}</p>
      ) : (
        <table class="report-table" data-testid="rounds-report">
          <caption>{r.title}</caption>
          <thead>
            <tr>
              <th scope="col">{t.reports.date}</th>
              <th scope="col">{t.staff.site}</th>
              <th scope="col" class="num">{r.rounds}</th>
              <th scope="col" class="num">{r.stops}</th>
              <th scope="col" class="num">{r.delivered}</th>
              <th scope="col" class="num">{r.notHome}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((x) => (
              <tr>
                <th scope="row">{longDate(t, x.date, 'UTC', 'medium')}</th>
                <td>{x.site}</td>
                <td class="num">{String(x.rounds)}</td>
                <td class="num">{String(x.stops)}</td>
                <td class="num">{String(x.delivered)}</td>
                <td class="num">{String(x.not_home)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
