/** The arithmetic of the report's charts: axis ranges, ticks and where bars go. No drawing. */

/** The smallest 1, 2 or 5 × 10^k at or above `max` (at least 1), so the axis ends on a round number. */
export function niceCeiling(max: number): number {
  if (!(max > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(max));
  for (const step of [1, 2, 5, 10]) if (step * power >= max) return step * power;
  return 10 * power;
}

/** The top of a value axis: the first whole number of round steps at or above `max`, so the top line is labelled. */
export function axisTop(max: number, count = 4): number {
  const step = Math.max(1, niceCeiling(Math.max(1, max) / count));
  return Math.ceil(Math.max(1, max) / step) * step;
}

/** Round tick values from 0 to `top` (an axisTop), about `count` of them; whole numbers unless `minStep` allows less. */
export function ticks(top: number, count = 4, minStep = 1): number[] {
  const step = Math.max(minStep, niceCeiling(top / count));
  const out: number[] = [];
  for (let v = 0; v <= top + step / 1e6; v += step) out.push(Math.round(v * 1e6) / 1e6);
  return out;
}

type Band = { x: number; width: number; center: number };

/**
 * `n` equal bands over `width` starting at `left`, each with a bar of `fill` of its band (the rest
 * is the gap between bars); a bar never gets thinner than a hairline.
 */
export function bands(n: number, left: number, width: number, fill = 0.7): Band[] {
  const band = n > 0 ? width / n : width;
  const bar = Math.max(band * fill, Math.min(band, 1));
  return Array.from({ length: n }, (_, i) => {
    const x = left + i * band + (band - bar) / 2;
    return { x: round(x), width: round(bar), center: round(left + i * band + band / 2) };
  });
}

/** The y of `value` on an axis from 0 (at `bottom`) to `top` (at `bottom - height`). */
export function yOf(value: number, top: number, bottom: number, height: number): number {
  return round(bottom - (Math.min(value, top) / top) * height);
}

/** Which of `n` labels to print so that at most `max` fit: every k-th, always the first. */
export function labelEvery(n: number, max: number): number {
  return Math.max(1, Math.ceil(n / Math.max(1, max)));
}

/** Each stacked segment's bottom and height for one bar, from the bottom up. */
export function stack(values: readonly number[], top: number, bottom: number, height: number): { y: number; height: number }[] {
  let base = 0;
  return values.map((v) => {
    const y0 = yOf(base, top, bottom, height);
    base += v;
    const y1 = yOf(base, top, bottom, height);
    return { y: y1, height: round(y0 - y1) };
  });
}

/** Indexes where a series changes from the one before (a capacity change), skipping nulls (closed days). */
export function changesAt(values: readonly (number | null)[]): { index: number; from: number; to: number }[] {
  const out: { index: number; from: number; to: number }[] = [];
  let last: number | null = null;
  values.forEach((v, index) => {
    if (v === null) return;
    if (last !== null && v !== last) out.push({ index, from: last, to: v });
    last = v;
  });
  return out;
}

const round = (v: number) => Math.round(v * 10) / 10;
