import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHours } from '../../src/domain/format';

const intlWholeHours = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const halves = fc.integer({ min: -2_000_000, max: 2_000_000 }).map((twice) => twice / 2);
const anyNumber = fc.oneof(
  fc.double({ noNaN: false }),
  fc.double({ min: -1e7, max: 1e7 }),
  halves,
  fc.constantFrom(-0, 0.5, -0.5, -0.3, 2 ** 53 - 1, 2 ** 53, 1e21),
);

describe('formatHours', () => {
  it('groups whole hours the UK way and rounds halves away from zero', () => {
    expect(formatHours(35000)).toBe('35,000');
    expect(formatHours(583.3333)).toBe('583');
    expect(formatHours(2.5)).toBe('3');
    expect(formatHours(-2.5)).toBe('-3');
    expect(formatHours(1234567.5)).toBe('1,234,568');
    expect(formatHours(999.5)).toBe('1,000');
    expect(formatHours(0)).toBe('0');
    expect(formatHours(583.3333, 1)).toBe('583.3');
  });

  it('gives exactly what Intl gives for whole hours, whatever the number (property)', () => {
    fc.assert(
      fc.property(anyNumber, (value) => {
        expect(formatHours(value)).toBe(intlWholeHours.format(value));
      }),
      { numRuns: 5000 },
    );
  });
});
