import { describe, expect, it } from 'vitest';
import { parseAmount, type AmountRule } from '../../src/shared/parseAmount';

const budget: AmountRule = { label: 'the total budget', minimum: 'zero', maximum: 1e10, example: '3,200,000' };
const deployable: AmountRule = {
  label: 'the deployable inspection hours',
  minimum: 'above-zero',
  maximum: 1e8,
  example: '35,000',
};

describe('parseAmount', () => {
  it.each([
    ['3200000', 3_200_000],
    ['3,200,000', 3_200_000],
    ['£3,200,000', 3_200_000],
    ['  3 200 000 ', 3_200_000],
    ['91.43', 91.43],
    ['.5', 0.5],
    ['0', 0],
  ])('reads %j as %d', (typed, value) => {
    expect(parseAmount(typed, budget)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'Enter the total budget'],
    ['   ', 'Enter the total budget'],
    ['abc', 'The total budget must be a number, like 3,200,000'],
    ['0x10', 'The total budget must be a number, like 3,200,000'],
    ['NaN', 'The total budget must be a number, like 3,200,000'],
    ['Infinity', 'The total budget must be a number, like 3,200,000'],
    ['1.2.3', 'The total budget must be a number, like 3,200,000'],
    ['-1', 'The total budget must be 0 or more'],
    ['1e309', 'The total budget must be 10,000,000,000 or less'],
    ['20000000000', 'The total budget must be 10,000,000,000 or less'],
  ])('refuses %j: %s', (typed, problem) => {
    expect(parseAmount(typed, budget)).toEqual({ ok: false, problem });
  });

  it('refuses zero where the figure must be above zero', () => {
    expect(parseAmount('0', deployable)).toEqual({
      ok: false,
      problem: 'The deployable inspection hours must be more than 0',
    });
  });
});
