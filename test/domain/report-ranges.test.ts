import { describe, expect, it } from 'vitest';
import { datesOf, fitsReport, presetRange } from '../../src/domain/report-ranges';

describe('report range limits', () => {
  it('allows exactly three years and refuses three years and a day', () => {
    expect(fitsReport('2023-01-01', '2026-01-01')).toBe('ok');
    expect(fitsReport('2023-01-01', '2026-01-02')).toBe('too_long');
    expect(fitsReport('2024-02-29', '2027-02-28')).toBe('ok');
    expect(fitsReport('2024-02-29', '2027-03-01')).toBe('too_long');
  });

  it('measures three years where three years on is past 9999, which ISO writes as +010000', () => {
    expect(fitsReport('9997-01-01', '9999-12-31')).toBe('ok');
    expect(fitsReport('9996-12-31', '9999-12-31')).toBe('ok');
    expect(fitsReport('9996-12-30', '9999-12-31')).toBe('too_long');
  });

  it('refuses a range that runs backwards and allows a single day', () => {
    expect(fitsReport('2026-03-02', '2026-03-01')).toBe('backwards');
    expect(fitsReport('2026-03-01', '2026-03-01')).toBe('ok');
  });
});

describe('named report ranges', () => {
  // Wednesday 2026-01-07.
  const today = '2026-01-07';
  it('runs weeks Monday to Sunday, across a new year', () => {
    expect(presetRange('this-week', today)).toEqual({ from: '2026-01-05', to: '2026-01-11' });
    expect(presetRange('last-week', today)).toEqual({ from: '2025-12-29', to: '2026-01-04' });
    expect(presetRange('this-week', '2026-01-11')).toEqual({ from: '2026-01-05', to: '2026-01-11' });
  });

  it('takes whole months and the whole year, last month of January being December', () => {
    expect(presetRange('this-month', today)).toEqual({ from: '2026-01-01', to: '2026-01-31' });
    expect(presetRange('last-month', today)).toEqual({ from: '2025-12-01', to: '2025-12-31' });
    expect(presetRange('last-month', '2026-03-31')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetRange('this-year', today)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('lists every date of a range, the days of a DST change included', () => {
    expect(datesOf({ from: '2026-03-28', to: '2026-03-30' })).toEqual(['2026-03-28', '2026-03-29', '2026-03-30']);
  });
});
