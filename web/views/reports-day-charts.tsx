import type { Child } from 'hono/jsx';
import { axisTop, bands, changesAt, stack, yOf } from '../../src/domain/chart-scale';
import { dayShare, pickedUpShare } from '../../src/domain/report-totals';
import type { ReportDay } from '../../src/schemas/reports';
import type { Catalogue } from '../i18n/catalogue';
import { ChartFigure, colours, DayMarks, frame, plotBottom, plotHeight, plotWidth, XDates, YAxis } from './reports-chart-frame';

type Props = { t: Catalogue; id: string; name: string; days: ReportDay[]; table: Child };

function marksOf(t: Catalogue, days: ReportDay[], laid: ReturnType<typeof bands>) {
  const closed = laid.filter((_, i) => days[i]!.closed);
  const changes = changesAt(days.map((d) => (d.closed ? null : d.capacity))).map((c) => ({ x: laid[c.index]!.x - 1, label: t.reports.capacityChange(c.from, c.to) }));
  return { closed, changes };
}

/** Served per day: picked up, no-show, not marked and cancelled stacked to the day's issued; the day's seats as a dashed step. */
export function ServedChart({ t, id, name, days, table }: Props) {
  const r = t.reports;
  const top = axisTop(Math.max(...days.map((d) => Math.max(d.issued, d.capacity))));
  const laid = bands(days.length, frame.left, plotWidth);
  const { closed, changes } = marksOf(t, days, laid);
  const sum = (k: 'issued' | 'picked_up' | 'no_show') => days.reduce((n, d) => n + d[k], 0);
  let capacityPath = '';
  days.forEach((d, i) => {
    if (d.closed) return;
    const y = yOf(d.capacity, top, plotBottom, plotHeight);
    const b = laid[i]!;
    const step = plotWidth / Math.max(1, days.length);
    const joined = i > 0 && !days[i - 1]!.closed;
    capacityPath += `${joined ? 'L' : 'M'}${b.center - step / 2} ${y} L${b.center + step / 2} ${y} `;
  });
  const desc = r.charts.servedDesc(sum('issued'), sum('picked_up'), sum('no_show'), days.length, closed.length, changes.map((c) => c.label));
  const legend: [string, string][] = [
    [colours.pickedUp, r.pickedUp],
    [colours.noShow, r.noShow],
    [colours.unmarked, r.unmarked],
    [colours.cancelled, r.cancelled],
    [colours.closed, `${r.closed} (×)`],
  ];
  return (
    <ChartFigure id={id} title={r.charts.served(name)} desc={desc} legend={legend} table={table} dataLabel={r.dataTable}>
      <YAxis top={top} />
      <DayMarks closed={closed} changes={[]} />
      {days.map((d, i) => {
        const segments = stack([d.picked_up, d.no_show, Math.max(0, d.issued - d.picked_up - d.no_show - d.cancelled), d.cancelled], top, plotBottom, plotHeight);
        const fills = [colours.pickedUp, colours.noShow, colours.unmarked, colours.cancelled];
        return <g>{segments.map((s, k) => (s.height > 0 ? <rect x={laid[i]!.x} y={s.y} width={laid[i]!.width} height={s.height} fill={fills[k]} /> : null))}</g>;
      })}
      <path d={capacityPath} fill="none" stroke={colours.capacity} stroke-width="2" stroke-dasharray="6 4" />
      <DayMarks closed={[]} changes={changes} />
      <XDates t={t} dates={days.map((d) => d.date)} centers={laid.map((b) => b.center)} />
      <text x={frame.width - frame.right} y={frame.top - 10} text-anchor="end" fill="#1a1a1a">
        - - - {r.capacity}
      </text>
    </ChartFigure>
  );
}

/** Share picked up of those who had a time (cancelled left out), per day, as a line; a day nobody was marked leaves a gap. */
export function ShareChart({ t, id, name, days }: Omit<Props, 'table'>) {
  const r = t.reports;
  const laid = bands(days.length, frame.left, plotWidth);
  const { closed, changes } = marksOf(t, days, laid);
  const shares = days.map((d) => dayShare(d));
  let path = '';
  shares.forEach((s, i) => {
    if (s === null) return;
    path += `${i > 0 && shares[i - 1] !== null ? 'L' : 'M'}${laid[i]!.center} ${yOf(s, 1, plotBottom, plotHeight)} `;
  });
  const total = days.reduce((a, d) => ({ issued: a.issued + d.issued, picked_up: a.picked_up + d.picked_up, cancelled: a.cancelled + d.cancelled }), { issued: 0, picked_up: 0, cancelled: 0 });
  const avg = pickedUpShare(total);
  return (
    <ChartFigure id={id} title={r.charts.share(name)} desc={r.charts.shareDesc(avg === null ? '–' : `${Math.round(avg * 100)} %`)} dataLabel={r.dataTable}>
      <YAxis top={1} percent />
      <DayMarks closed={closed} changes={changes} />
      <path d={path} fill="none" stroke={colours.line} stroke-width="2.5" stroke-linejoin="round" />
      {shares.map((s, i) => (s === null ? null : <circle cx={laid[i]!.center} cy={yOf(s, 1, plotBottom, plotHeight)} r="3" fill={colours.line} />))}
      <XDates t={t} dates={days.map((d) => d.date)} centers={laid.map((b) => b.center)} />
    </ChartFigure>
  );
}
