import { DateTime } from 'luxon';
import type { Child } from 'hono/jsx';
import { labelEvery, ticks, yOf } from '../../src/domain/chart-scale';
import type { Catalogue } from '../i18n/catalogue';

/** The drawing area every report chart shares (SVG user units; the SVG scales to the page). */
export const frame = { width: 960, height: 260, left: 48, right: 12, top: 24, bottom: 40 } as const;
export const plotWidth = frame.width - frame.left - frame.right;
export const plotHeight = frame.height - frame.top - frame.bottom;
export const plotBottom = frame.height - frame.bottom;

/** Colours: distinguishable in grey print and for the common colour-vision types, dark enough on white. */
export const colours = { pickedUp: '#0b4f8a', noShow: '#c45a00', unmarked: '#8d99a6', cancelled: '#e3b3b3', capacity: '#1a1a1a', closed: '#d5d9de', line: '#0b4f8a', enrolled: '#ffffff' } as const;

/** A short day label for an axis ("3.2."), in the reader's language. */
function axisDate(t: Catalogue, date: string) {
  return DateTime.fromISO(date).setLocale(t.dates.locale).toFormat(t.dates.locale.startsWith('nb') ? 'd.M.' : 'd/M');
}

/**
 * A chart as a figure: the SVG is one image to assistive technology (role="img", named by its
 * title and described by its desc), with a legend and the numbers as a table beside it.
 */
export function ChartFigure(props: { id: string; title: string; desc: string; viewHeight?: number; legend?: [string, string][]; table?: Child; dataLabel: string; children: Child }) {
  const { id, title, desc, legend, table } = props;
  const height = props.viewHeight ?? frame.height;
  return (
    <figure class="report-chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>{title}</figcaption>
      <svg xmlns="http://www.w3.org/2000/svg" viewBox={`0 0 ${frame.width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} preserveAspectRatio="xMidYMid meet" font-size="13" font-family="system-ui, Arial, sans-serif">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        {props.children}
      </svg>
      {legend && legend.length ? (
        <ul class="legend">
          {legend.map(([colour, label]) => (
            <li>
              <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">
                <rect width="14" height="14" fill={colour} stroke="#1a1a1a" stroke-width="1" />
              </svg>{' '}
              {label}
            </li>
          ))}
        </ul>
      ) : null}
      {table ? (
        <details class="chart-data">
          <summary>{props.dataLabel}</summary>
          {table}
        </details>
      ) : null}
    </figure>
  );
}

/** Horizontal grid lines with their values on the left, from 0 to `top`. */
export function YAxis({ top, percent }: { top: number; percent?: boolean }) {
  return (
    <g>
      {ticks(top, 4, percent ? 0 : 1).map((v) => {
        const y = yOf(v, top, plotBottom, plotHeight);
        return (
          <g>
            <line x1={frame.left} x2={frame.width - frame.right} y1={y} y2={y} stroke="#c9ced4" stroke-width="1" />
            <text x={frame.left - 6} y={y + 4} text-anchor="end" fill="#1a1a1a">
              {percent ? `${Math.round(v * 100)} %` : String(v)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

/** Day labels under the plot: as many as fit, always the first. */
export function XDates({ t, dates, centers }: { t: Catalogue; dates: string[]; centers: number[] }) {
  const every = labelEvery(dates.length, 16);
  return (
    <g>
      {dates.map((d, i) =>
        i % every === 0 ? (
          <text x={centers[i]} y={plotBottom + 18} text-anchor="middle" fill="#1a1a1a">
            {axisDate(t, d)}
          </text>
        ) : null,
      )}
      <line x1={frame.left} x2={frame.width - frame.right} y1={plotBottom} y2={plotBottom} stroke="#1a1a1a" stroke-width="1" />
    </g>
  );
}

/** Closed days as grey full-height bands marked ×, and each capacity change as a dashed rule with its numbers. */
export function DayMarks(props: { closed: { x: number; width: number; center: number }[]; changes: { x: number; label: string }[] }) {
  return (
    <g>
      {props.closed.map((b) => (
        <g>
          <rect x={b.x} y={frame.top} width={b.width} height={plotHeight} fill={colours.closed} />
          <text x={b.center} y={frame.top + 14} text-anchor="middle" fill="#1a1a1a" font-weight="700">
            ×
          </text>
        </g>
      ))}
      {props.changes.map((c) => (
        <g>
          <line x1={c.x} x2={c.x} y1={frame.top - 8} y2={plotBottom} stroke="#1a1a1a" stroke-width="1.5" stroke-dasharray="4 3" />
          <text x={c.x + 4} y={frame.top - 10} fill="#1a1a1a" font-weight="600">
            {c.label}
          </text>
        </g>
      ))}
    </g>
  );
}
