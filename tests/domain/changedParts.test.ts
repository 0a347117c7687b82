import { describe, expect, it } from 'vitest';
import { changedParts, partAt, partsChangedSince } from '../../src/domain/changedParts';
import { loadFixture } from '../support/fixture';

describe('changedParts', () => {
  it('names the leaves an edit changed, matching list items by what names them', () => {
    const before = loadFixture();
    const after = structuredClone(before);
    after.budgetGBP.value = 3_100_000;
    const norfolk = after.esi.schedule.find((entry) => entry.areaId === 'norfolk');
    if (norfolk) norfolk.year = '2005/06';
    // The same items in another order are no change.
    after.lines.reverse();

    // A figure's value and source are one fact, so the figure is the part.
    expect(changedParts(before, after)).toEqual([['budgetGBP'], ['esi', 'schedule', '#norfolk', 'year']]);
    expect(partAt(after, ['esi', 'schedule', '#norfolk', 'year'])).toBe('2005/06');
    expect(changedParts(before, structuredClone(before))).toEqual([]);
  });

  it('tells which of those parts no longer hold what the edit left', () => {
    const before = loadFixture();
    const after = { ...before, name: 'Budget cut', budgetGBP: { ...before.budgetGBP, value: 3_100_000 } };
    const now = { ...after, name: 'Savings plan' };

    expect(partsChangedSince(changedParts(before, after), after, now)).toEqual([['name']]);
    expect(changedParts(before, after)).toEqual([['name'], ['budgetGBP']]);
  });
});
