import type { Child } from 'hono/jsx';
import { axisTop, bands, ticks, yOf } from '../../src/domain/chart-scale';
import type { Catalogue } from '../i18n/catalogue';
import { ChartFigure, colours, frame, plotBottom, plotHeight, plotWidth, XDates, YAxis } from './reports-chart-frame';

const rowHeight = 30;
const labelWidth = 220;

/** People met per stop as horizontal bars (a stop's name can be long), with the number at the end. */
export function BikeChart({ t, id, stops, table }: { t: Catalogue; id: string; stops: { name: string; people: number }[]; table: Child }) {
  const r = t.reports;
  const top = axisTop(Math.max(...stops.map((s) => s.people)));
  const x0 = labelWidth;
  const width = frame.width - frame.right - x0 - 40;
  const height = frame.top + stops.length * rowHeight + 30;
  const xOf = (v: number) => x0 + (v / top) * width;
  const people = stops.reduce((n, s) => n + s.people, 0);
  return (
    <ChartFigure id={id} title={r.charts.bike} desc={r.charts.bikeDesc(stops.length, people)} viewHeight={height} table={table} dataLabel={r.dataTable}>
      {ticks(top).map((v) => (
        <g>
          <line x1={xOf(v)} x2={xOf(v)} y1={frame.top - 6} y2={height - 24} stroke="#c9ced4" stroke-width="1" />
          <text x={xOf(v)} y={height - 8} text-anchor="middle" fill="#1a1a1a">
            {String(v)}
          </text>
        </g>
      ))}
      {stops.map((s, i) => {
        const y = frame.top + i * rowHeight;
        return (
          <g>
            <text x={x0 - 8} y={y + rowHeight / 2 + 2} text-anchor="end" fill="#1a1a1a">
              {s.name.length > 30 ? `${s.name.slice(0, 29)}…` : s.name}
            </text>
            <rect x={x0} y={y + 4} width={Math.max(0, xOf(s.people) - x0)} height={rowHeight - 10} fill={colours.pickedUp} />
            <text x={xOf(s.people) + 6} y={y + rowHeight / 2 + 2} fill="#1a1a1a">
              {String(s.people)}
            </text>
          </g>
        );
      })}
    </ChartFigure>
  );
}

/** One activity's sessions: the places taken in its groups as an outlined bar, those who came filled inside it. */
export function AttendanceChart(props: { t: Catalogue; id: string; name: string; sessions: { date: string; enrolled: number; attended: number }[]; table: Child }) {
  const { t, id, name, sessions, table } = props;
  const r = t.reports;
  const top = axisTop(Math.max(...sessions.map((s) => Math.max(s.enrolled, s.attended))));
  const laid = bands(sessions.length, frame.left, plotWidth, 0.6);
  const attended = sessions.reduce((n, s) => n + s.attended, 0);
  const enrolled = sessions.reduce((n, s) => n + s.enrolled, 0);
  const legend: [string, string][] = [
    [colours.enrolled, r.enrolled],
    [colours.pickedUp, r.attended],
  ];
  return (
    <ChartFigure id={id} title={r.charts.attendance(name)} desc={r.charts.attendanceDesc(sessions.length, attended, enrolled)} legend={legend} table={table} dataLabel={r.dataTable}>
      <YAxis top={top} />
      {sessions.map((s, i) => {
        const b = laid[i]!;
        const yEnrolled = yOf(s.enrolled, top, plotBottom, plotHeight);
        const yAttended = yOf(s.attended, top, plotBottom, plotHeight);
        return (
          <g>
            <rect x={b.x} y={yEnrolled} width={b.width} height={plotBottom - yEnrolled} fill={colours.enrolled} stroke="#1a1a1a" stroke-width="1" />
            <rect x={b.x + 2} y={yAttended} width={Math.max(0, b.width - 4)} height={plotBottom - yAttended} fill={colours.pickedUp} />
          </g>
        );
      })}
      <XDates t={t} dates={sessions.map((s) => s.date)} centers={laid.map((b) => b.center)} />
    </ChartFigure>
  );
}
