import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addToMonth,
  financialYearOf,
  financialYearOfMonth,
  financialYearStart,
  firstMonthOf,
  isFinancialYear,
  isYearMonth,
  monthName,
  monthsBetween,
  monthsOf,
} from '../../src/domain/months';
import type { YearMonth } from '../../src/domain/types';

describe('isYearMonth', () => {
  it.each(['2004-09', '2005-03', '2003-12', '1999-01'])('accepts %s', (text) => {
    expect(isYearMonth(text)).toBe(true);
  });

  it.each(['2004-13', '2004-00', '2004-9', '04-09', '2004/09', '2004-09-01', ''])('rejects %j', (text) => {
    expect(isYearMonth(text)).toBe(false);
  });
});

describe('isFinancialYear', () => {
  it.each(['2004/05', '2003/04', '2005/06', '1999/00', '2009/10'])('accepts %s', (text) => {
    expect(isFinancialYear(text)).toBe(true);
  });

  it.each(['2004/06', '2004/04', '2004/2005', '04/05', '2004-05', '2004/5', ''])('rejects %j', (text) => {
    expect(isFinancialYear(text)).toBe(false);
  });
});

describe('financial years run April to March', () => {
  it('starts 2004/05 in 2004, in April', () => {
    expect(financialYearStart('2004/05')).toBe(2004);
    expect(firstMonthOf('2004/05')).toBe('2004-04');
  });

  it('names the year starting in April of a calendar year', () => {
    expect(financialYearOf(2004)).toBe('2004/05');
    expect(financialYearOf(1999)).toBe('1999/00');
    expect(financialYearOf(2009)).toBe('2009/10');
  });

  it.each<[YearMonth, string]>([
    ['2004-03', '2003/04'],
    ['2004-04', '2004/05'],
    ['2004-09', '2004/05'],
    ['2004-12', '2004/05'],
    ['2005-01', '2004/05'],
    ['2005-03', '2004/05'],
    ['2005-04', '2005/06'],
    ['2003-06', '2003/04'],
  ])('puts %s in %s', (month, year) => {
    expect(financialYearOfMonth(month)).toBe(year);
  });

  it('lists the twelve months of 2004/05, April 2004 to March 2005', () => {
    const months = monthsOf('2004/05');
    expect(months).toEqual([
      '2004-04',
      '2004-05',
      '2004-06',
      '2004-07',
      '2004-08',
      '2004-09',
      '2004-10',
      '2004-11',
      '2004-12',
      '2005-01',
      '2005-02',
      '2005-03',
    ]);
    expect(months.every((month) => financialYearOfMonth(month) === '2004/05')).toBe(true);
  });
});

describe('month arithmetic', () => {
  it.each<[YearMonth, number, YearMonth]>([
    ['2004-12', 1, '2005-01'],
    ['2005-01', -1, '2004-12'],
    ['2004-04', -1, '2004-03'],
    ['2004-09', 0, '2004-09'],
    ['2004-11', 14, '2006-01'],
    ['2005-03', -15, '2003-12'],
    ['2003-09', 60, '2008-09'],
  ])('%s plus %d months is %s', (month, count, expected) => {
    expect(addToMonth(month, count)).toBe(expected);
  });

  it.each<[YearMonth, YearMonth, number]>([
    ['2004-09', '2005-03', 6],
    ['2005-03', '2004-09', -6],
    ['2004-12', '2005-01', 1],
    ['2003-09', '2008-09', 60],
    ['2004-04', '2004-04', 0],
  ])('from %s to %s is %d months', (from, to, expected) => {
    expect(monthsBetween(from, to)).toBe(expected);
  });

  it('adds and counts months consistently', () => {
    const month = fc
      .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }))
      .map(([year, number]) => `${year}-${String(number).padStart(2, '0')}` as YearMonth);
    fc.assert(
      fc.property(month, fc.integer({ min: -1200, max: 1200 }), (start, count) => {
        const end = addToMonth(start, count);
        expect(isYearMonth(end)).toBe(true);
        expect(monthsBetween(start, end)).toBe(count);
        expect(addToMonth(end, -count)).toBe(start);
      }),
      { numRuns: 300 },
    );
  });
});

describe('monthName', () => {
  it('writes months out in full', () => {
    expect(monthName('2004-09')).toBe('September 2004');
    expect(monthName('2005-03')).toBe('March 2005');
    expect(monthName('2008-12')).toBe('December 2008');
  });
});
