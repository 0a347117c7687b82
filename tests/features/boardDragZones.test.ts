import { describe, expect, it } from 'vitest';
import { areaZone, dragData, dragDataOfZone, familyZone } from '../../src/features/esi-cycle/boardDnd';
import { loadFixture } from '../support/fixture';

const { esi } = loadFixture();

/** A zone's attributes as the browser gives them to a script: `data-area-id` becomes `areaId`. */
function dataset(attributes: Record<string, string>): DOMStringMap {
  return Object.fromEntries(Object.entries(attributes)
    .filter(([name]) => name.startsWith('data-'))
    .map(([name, value]) => [name.slice(5).replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase()), value]));
}

describe('what a drag zone on the ESI board picks up', () => {
  it('an Area still to be inspected, with where it is now and what a screen reader calls it', () => {
    expect(dragDataOfZone(dataset(areaZone('norfolk')), esi))
      .toEqual({ kind: 'area', areaId: 'norfolk', year: '2004/05', label: 'Norfolk, Small size, low density' });
  });

  it('a family in a year, named with its number of Areas', () => {
    expect(dragDataOfZone(dataset(familyZone('metropolitan', '2004/05')), esi))
      .toEqual({ kind: 'family', familyId: 'metropolitan', year: '2004/05', label: 'the Metropolitan (and London) family (7 Areas)' });
  });

  it('nothing where nothing can move: a done Area, a family whose Areas are all done, an unknown Area or year', () => {
    expect(dragDataOfZone(dataset(areaZone('derbyshire')), esi)).toBeNull();
    expect(dragDataOfZone(dataset(familyZone('medium-higher-density', '2003/04')), esi)).toBeNull();
    expect(dragDataOfZone(dataset(areaZone('atlantis')), esi)).toBeNull();
    expect(dragDataOfZone(dataset(familyZone('metropolitan', '2009/10')), esi)).toBeNull();
    expect(dragDataOfZone({}, esi)).toBeNull();
  });

  it('is what the board’s draggable carries, and nothing else is', () => {
    const carried = dragDataOfZone(dataset(areaZone('norfolk')), esi);
    expect(dragData({ current: carried })).toEqual(carried);
    expect(dragData({ current: null })).toBeNull();
    expect(dragData({ kind: 'area', areaId: 'norfolk' })).toBeNull();
  });
});
