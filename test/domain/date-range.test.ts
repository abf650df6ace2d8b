import { describe, expect, it } from 'vitest';
import { posterWeek } from '../../src/domain/date-range';

describe('the week a bike poster covers', () => {
  it('is this week from Monday to Friday', () => {
    expect(posterWeek('2026-11-23')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(posterWeek('2026-11-27')).toEqual({ from: '2026-11-23', to: '2026-11-29' });
  });

  it('is the coming week on Saturday and Sunday', () => {
    expect(posterWeek('2026-11-28')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
    expect(posterWeek('2026-11-29')).toEqual({ from: '2026-11-30', to: '2026-12-06' });
  });

  it('crosses a year end', () => {
    expect(posterWeek('2027-01-02')).toEqual({ from: '2027-01-04', to: '2027-01-10' });
  });
});
