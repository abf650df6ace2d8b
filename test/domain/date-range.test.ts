import { describe, expect, it } from 'vitest';
import { assertWithinPublicRange, posterWeek } from '../../src/domain/date-range';
import { DomainError } from '../../src/domain/errors';

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

describe('the public range of dates', () => {
  const refused = (query: { date?: string; from?: string; to?: string }) => {
    try {
      assertWithinPublicRange(query, '2026-11-29');
    } catch (e) {
      return e;
    }
    return null;
  };

  it('accepts dates up to three years either side of today, inclusive', () => {
    expect(refused({ date: '2026-11-29' })).toBeNull();
    expect(refused({ from: '2023-11-29', to: '2029-11-29' })).toBeNull();
    expect(refused({})).toBeNull();
  });

  it('refuses a date, from or to beyond three years with 400 out_of_range naming the field', () => {
    expect(refused({ date: '2029-11-30' })).toMatchObject({ status: 400, code: 'out_of_range', details: { fields: [{ field: 'date' }] } });
    expect(refused({ from: '2023-11-28' })).toMatchObject({ status: 400, code: 'out_of_range', details: { fields: [{ field: 'from' }] } });
    expect(refused({ from: '2026-01-01', to: '9999-12-31' })).toMatchObject({ code: 'out_of_range', details: { fields: [{ field: 'to' }] } });
  });

  it('counts three years from 29 February as 28 February', () => {
    expect(() => assertWithinPublicRange({ date: '2031-02-28' }, '2028-02-29')).not.toThrow();
    expect(() => assertWithinPublicRange({ date: '2031-03-01' }, '2028-02-29')).toThrow(DomainError);
  });
});
