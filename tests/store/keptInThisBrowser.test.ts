import { describe, expect, it } from 'vitest';
import { readWorkspace } from '../../src/domain/workspaceFile';
import { keepInThisBrowser } from '../../src/store/keptInThisBrowser';
import { WORKSPACE_KEY } from '../../src/store/persistence';
import { loadFixture, twoScenarioWorkspace } from '../support/fixture';
import { FakeStorage } from '../support/fakeStorage';
import { serializeWorkspace } from '../../src/domain/workspaceFile';

const KEEPING = { id: 'kept', now: new Date('2004-06-01T09:00:00.000Z'), writerId: 'shared-tab' };
const mine = { ...loadFixture(), name: '2004/05 plan (my version)' };

function storedScenarios(storage: FakeStorage) {
  const read = readWorkspace(storage.getItem(WORKSPACE_KEY) ?? '');
  if (read.status !== 'ok') throw new Error(`the stored workspace cannot be read: ${JSON.stringify(read)}`);
  return read.workspace.scenarios;
}

describe('keeping a scenario among this browser’s own', () => {
  it('makes the browser’s own workspace of it where there was none', () => {
    const storage = new FakeStorage();
    expect(keepInThisBrowser(storage, mine, KEEPING)).toBeNull();
    expect(storedScenarios(storage)).toEqual([{ id: 'kept', scenario: mine }]);
  });

  it('adds it after the scenarios already kept, changing none of them', () => {
    const storage = new FakeStorage();
    const earlier = twoScenarioWorkspace();
    storage.setItem(
      WORKSPACE_KEY,
      serializeWorkspace(earlier, { savedAt: '2004-05-01T09:00:00.000Z', writerId: 'planner-tab' }),
    );
    expect(keepInThisBrowser(storage, mine, KEEPING)).toBeNull();
    expect(storedScenarios(storage)).toEqual([...earlier.scenarios, { id: 'kept', scenario: mine }]);
  });

  it('says why, and changes nothing, when what is stored cannot be read or the storage is full', () => {
    const unreadable = new FakeStorage();
    unreadable.setItem(WORKSPACE_KEY, '{"format":"inspection-hours-planner/workspace","trunc');
    expect(keepInThisBrowser(unreadable, mine, KEEPING)).toBe(
      'the scenarios this browser already holds cannot be read by this planner',
    );
    expect(unreadable.getItem(WORKSPACE_KEY)).toBe('{"format":"inspection-hours-planner/workspace","trunc');

    const full = new FakeStorage();
    full.quota = 1_000;
    expect(keepInThisBrowser(full, mine, KEEPING)).toMatch(
      /^the browser’s storage refused it \(The quota has been exceeded\.\)$/,
    );
    expect(full.getItem(WORKSPACE_KEY)).toBeNull();
    expect(keepInThisBrowser(null, mine, KEEPING)).toBe(
      'the browser does not let the planner store data on this computer',
    );
  });
});
