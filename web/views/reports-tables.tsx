import { dayShare, pickedUpShare } from '../../src/domain/report-totals';
import type { Report, ReportActivity, ReportDay } from '../../src/schemas/reports';
import type { Catalogue } from '../i18n/catalogue';
import { longDate } from '../i18n/time-format';

type Totals = Report['totals'];
const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)} %`);
const day = (t: Catalogue, date: string) => longDate(t, date, 'UTC', 'medium');
const num = (n: number) => <td class="num">{String(n)}</td>;

type Counts = { capacity: number; issued: number; picked_up: number; no_show: number; cancelled: number };

/** The column heads every count table shares: seats, times given, picked up, no-show, cancelled, share. */
function CountHeads({ t }: { t: Catalogue }) {
  const r = t.reports;
  return (
    <>
      <th scope="col" class="num">{r.capacity}</th>
      <th scope="col" class="num">{r.issued}</th>
      <th scope="col" class="num">{r.pickedUp}</th>
      <th scope="col" class="num">{r.noShow}</th>
      <th scope="col" class="num">{r.cancelled}</th>
      <th scope="col" class="num">{r.share}</th>
    </>
  );
}

/** The cells under CountHeads, the share given as worked out by the caller. */
function CountCells({ counts, share }: { counts: Counts; share: number | null }) {
  return (
    <>
      {num(counts.capacity)}
      {num(counts.issued)}
      {num(counts.picked_up)}
      {num(counts.no_show)}
      {num(counts.cancelled)}
      <td class="num">{percent(share)}</td>
    </>
  );
}

/** Every distribution of the range in one table, for the first page of a printed report. */
export function DistributionTotalsTable({ t, totals }: { t: Catalogue; totals: Totals['distributions'] }) {
  const r = t.reports;
  return (
    <table class="report-table">
      <thead>
        <tr>
          <th scope="col">{r.place}</th>
          <th scope="col">{r.distributions}</th>
          <th scope="col" class="num">{r.days}</th>
          <th scope="col" class="num">{r.closedDays}</th>
          <CountHeads t={t} />
        </tr>
      </thead>
      <tbody>
        {totals.map((d) => (
          <tr>
            <td>{d.siteName}</td>
            <th scope="row">{d.name}</th>
            {num(d.days)}
            {num(d.closedDays)}
            <CountCells counts={d} share={pickedUpShare(d)} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One distribution's days with their sum: the numbers behind its charts. */
export function DayTable({ t, days, caption }: { t: Catalogue; days: ReportDay[]; caption: string }) {
  const r = t.reports;
  const sum = (k: 'issued' | 'picked_up' | 'no_show' | 'cancelled') => days.reduce((n, d) => n + d[k], 0);
  const open = days.filter((d) => !d.closed);
  const total = { issued: sum('issued'), picked_up: sum('picked_up'), no_show: sum('no_show'), cancelled: sum('cancelled') };
  return (
    <table class="report-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{r.date}</th>
          <CountHeads t={t} />
          <th scope="col">{r.closed}</th>
        </tr>
      </thead>
      <tbody>
        {days.map((d) => (
          <tr class={d.closed ? 'is-closed' : undefined}>
            <th scope="row">{day(t, d.date)}</th>
            <CountCells counts={d} share={dayShare(d)} />
            <td>{d.closed ? r.yes : ''}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{r.total}</th>
          <CountCells counts={{ capacity: open.reduce((n, d) => n + d.capacity, 0), ...total }} share={pickedUpShare(total)} />
          <td>{String(days.length - open.length)}</td>
        </tr>
      </tfoot>
    </table>
  );
}

/** Per stop: visits, people met and each kind of item handed out. */
export function BikeTable({ t, stops }: { t: Catalogue; stops: Totals['stops'] }) {
  const r = t.reports;
  const kinds = [...new Set(stops.flatMap((s) => Object.keys(s.items)))].sort();
  const offerName = (kind: string) => (t.outreach.offers as Record<string, string>)[kind] ?? kind;
  return (
    <table class="report-table">
      <thead>
        <tr>
          <th scope="col">{r.stop}</th>
          <th scope="col" class="num">{r.visits}</th>
          <th scope="col" class="num">{r.people}</th>
          {kinds.map((k) => (
            <th scope="col" class="num">{offerName(k)}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {stops.map((s) => (
          <tr>
            <th scope="row">{s.name}</th>
            {num(s.visits)}
            {num(s.people)}
            {kinds.map((k) => num(s.items[k] ?? 0))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One activity's sessions per group: how many were in it and how many came. */
export function SessionTable({ t, rows, caption }: { t: Catalogue; rows: ReportActivity[]; caption: string }) {
  const r = t.reports;
  return (
    <table class="report-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{r.session}</th>
          <th scope="col">{r.cohort}</th>
          <th scope="col" class="num">{r.enrolled}</th>
          <th scope="col" class="num">{r.attended}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((a) => (
          <tr>
            <th scope="row">{day(t, a.date)}</th>
            <td>{a.cohort}</td>
            {num(a.enrolled)}
            {num(a.attended)}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
