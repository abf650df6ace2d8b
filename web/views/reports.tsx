import type { Report } from '../../src/schemas/reports';
import { Layout, type PageContext } from './layout';
import { AttendanceChart, BikeChart } from './reports-outreach-charts';
import { ServedChart, ShareChart } from './reports-day-charts';
import { BikeTable, DayTable, DistributionTotalsTable, SessionTable } from './reports-tables';
import { longDate } from '../i18n/time-format';
import { RoundsReport } from './reports-rounds';

type ReportPageProps = {
  page: PageContext;
  report: Report;
  sites: { slug: string; name: string }[];
  presets: { label: string; href: string; current: boolean }[];
  csvHref: string;
  cssHref: string;
};

/** The counts of a range for one place or all: tables, charts drawn on the server, a CSV download. No script. */
export function ReportPage({ page, report, sites, presets, csvHref, cssHref }: ReportPageProps) {
  const { t } = page;
  const r = t.reports;
  const period = r.period(longDate(t, report.from, 'UTC', 'medium'), longDate(t, report.to, 'UTC', 'medium'));
  const placeName = report.site ? (sites.find((s) => s.slug === report.site)?.name ?? report.site) : r.allPlaces;
  const activitySlugs = [...new Set(report.activities.map((a) => a.activity))];
  return (
    <Layout page={page} title={`${r.title}: ${placeName}, ${period}`} bodyClass="report-page">
      <link rel="stylesheet" href={cssHref} />
      <h1>
        {r.title}: {placeName}
      </h1>
      <p class="report-period">{period}</p>
      <p class="no-print">{r.intro}</p>
      <form method="get" action="/staff/reports" class="report-form no-print">
        <div>
          <label for="r-site">{r.place}</label>
          <select id="r-site" name="site">
            <option value="">{r.allPlaces}</option>
            {sites.map((s) => (
              <option value={s.slug} selected={s.slug === report.site}>
                {s.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label for="r-from">{r.from}</label>
          <input id="r-from" name="from" type="date" value={report.from} required />
        </div>
        <div>
          <label for="r-to">{r.to}</label>
          <input id="r-to" name="to" type="date" value={report.to} required />
        </div>
        <div>
          <button type="submit">{r.show}</button>
        </div>
      </form>
      <nav aria-label={r.presetsLabel} class="report-presets no-print">
        {presets.map((p) => (
          <a href={p.href} aria-current={p.current ? 'page' : undefined}>
            {p.label}
          </a>
        ))}
      </nav>
      <p class="no-print">
        <a href={csvHref} download>
          {r.csv}
        </a>{' '}
        <span class="muted">{r.csvHint}</span> <span class="muted">{r.print}</span>
      </p>

      <section aria-labelledby="r-dist">
        <h2 id="r-dist">{r.distributions}</h2>
        {report.totals.distributions.length === 0 ? <p>{r.none}</p> : <DistributionTotalsTable t={t} totals={report.totals.distributions} />}
        {report.totals.distributions.map((d, i) => {
          const days = report.days.filter((x) => x.site === d.site && x.distribution === d.distribution);
          const name = `${d.siteName}: ${d.name}`;
          return (
            <div class="report-block">
              <h3>{name}</h3>
              <ServedChart t={t} id={`served-${i}`} name={name} days={days} table={null} />
              <ShareChart t={t} id={`share-${i}`} name={name} days={days} />
              <DayTable t={t} days={days} caption={name} />
            </div>
          );
        })}
      </section>

      <section aria-labelledby="r-bike" class="report-block">
        <h2 id="r-bike">{r.bike}</h2>
        <p class="muted">{r.bikeAll}</p>
        {report.totals.stops.length === 0 ? (
          <p>{r.none}</p>
        ) : (
          <>
            <BikeChart t={t} id="bike" stops={report.totals.stops} table={null} />
            <BikeTable t={t} stops={report.totals.stops} />
          </>
        )}
      </section>

      <section aria-labelledby="r-act">
        <h2 id="r-act">{r.activities}</h2>
        {activitySlugs.length === 0 ? <p>{r.none}</p> : null}
        {report.totals.activities.map((a, i) => {
          const rows = report.activities.filter((x) => x.activity === a.activity);
          const sessions = [...new Set(rows.map((x) => x.date))].map((date) => {
            const same = rows.filter((x) => x.date === date);
            return { date, enrolled: same.reduce((n, x) => n + x.enrolled, 0), attended: same.reduce((n, x) => n + x.attended, 0) };
          });
          return (
            <div class="report-block">
              <h3>{a.name}</h3>
              <AttendanceChart t={t} id={`act-${i}`} name={a.name} sessions={sessions} table={<SessionTable t={t} rows={rows} caption={a.name} />} />
            </div>
          );
        })}
      </section>

      <RoundsReport t={t} rows={report.rounds} />
    </Layout>
  );
}
