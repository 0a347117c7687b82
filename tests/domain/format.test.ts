import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCount, formatHours, formatNumber, formatNumberToTenths } from '../../src/domain/format';

const intlWholeNumber = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const halves = fc.integer({ min: -2_000_000, max: 2_000_000 }).map((twice) => twice / 2);
const anyNumber = fc.oneof(
  fc.double({ noNaN: false }),
  fc.double({ min: -1e7, max: 1e7 }),
  halves,
  fc.constantFrom(-0, 0.5, -0.5, -0.3, 2 ** 53 - 1, 2 ** 53, 1e21),
);

describe('formatNumber', () => {
  it('groups whole numbers the UK way and rounds halves away from zero', () => {
    expect(formatNumber(35000)).toBe('35,000');
    expect(formatNumber(583.3333)).toBe('583');
    expect(formatNumber(2.5)).toBe('3');
    expect(formatNumber(-2.5)).toBe('-3');
    expect(formatNumber(1234567.5)).toBe('1,234,568');
    expect(formatNumber(999.5)).toBe('1,000');
    expect(formatNumber(0)).toBe('0');
  });

  it('keeps up to the decimals asked for', () => {
    expect(formatNumber(583.3333, 1)).toBe('583.3');
    expect(formatNumber(0.8333, 2)).toBe('0.83');
    expect(formatNumber(12000, 1)).toBe('12,000');
    expect(formatNumberToTenths(583.3333)).toBe('583.3');
  });

  it('gives exactly what Intl gives for whole numbers, whatever the number (property)', () => {
    fc.assert(
      fc.property(anyNumber, (value) => {
        expect(formatNumber(value)).toBe(intlWholeNumber.format(value));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('formatHours', () => {
  it('shows hours to the whole hour unless a tenth is asked for', () => {
    expect(formatHours(11250.4)).toBe('11,250');
    expect(formatHours(583.3333, 1)).toBe('583.3');
  });
});

describe('formatCount', () => {
  it('writes a grouped count with its noun, singular for one', () => {
    expect(formatCount(1, 'Area')).toBe('1 Area');
    expect(formatCount(1200, 'YOT inspection')).toBe('1,200 YOT inspections');
  });
});
