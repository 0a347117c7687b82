import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SCENARIO_VERSION } from '../../src/domain/scenarioFile';
import type { Workspace } from '../../src/domain/types';
import { readWorkspace, serializeWorkspace, WORKSPACE_FORMAT, WORKSPACE_VERSION } from '../../src/domain/workspaceFile';
import {
  createPersistence,
  NEWER_VERSION_REASON,
  OTHER_TAB_REASON,
  UNREADABLE_KEY_PREFIX,
  WORKSPACE_KEY,
  type StorageLike,
} from '../../src/store/persistence';
import { activeScenario, workspaceOf } from '../../src/store/workspace';
import { loadFixture, twoScenarioWorkspace } from '../support/fixture';
import { FakeStorage } from '../support/fakeStorage';
import { countingIds, createTestStoreWith } from '../support/planStore';
import { scenarioVerbs } from '../../src/store/slices/scenarioVerbs';

const SAVED_AT = new Date('2004-04-01T09:00:00.000Z');

/** One tab of the planner: its persistence and store, over the given storage. */
const builtInPlan = () => Promise.resolve(workspaceOf(loadFixture(), 'built-in'));

async function openTab(
  storage: StorageLike | null,
  writerId = 'tab-1',
  fallback: () => Promise<Workspace> = builtInPlan,
) {
  const persistence = createPersistence({ storage, now: () => SAVED_AT, writerId });
  // Each tab's ids start with its own name, so that two tabs never add a scenario under the same id.
  const store = createTestStoreWith(await persistence.open(fallback), countingIds(`${writerId}-new-`, 1));
  persistence.attach(store);
  return { persistence, store, status: () => persistence.status.getState() };
}

const budgetOf = (workspace: Workspace) => activeScenario(workspace).budgetGBP.value;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('saving the workspace', () => {
  it('saves nothing, and says why, when nothing is stored and the plan to start from cannot be fetched', async () => {
    const storage = new FakeStorage();
    const persistence = createPersistence({ storage, now: () => SAVED_AT, writerId: 'tab-1' });
    await expect(persistence.open(() => Promise.reject(new Error('Failed to fetch')))).rejects.toThrow(
      'Failed to fetch',
    );
    expect(storage.getItem(WORKSPACE_KEY)).toBeNull();
  });

  it('starts from the 2004/05 plan when nothing is stored', async () => {
    const storage = new FakeStorage();
    const { store, status } = await openTab(storage);
    expect(store.getState().workspace.activeId).toBe('built-in');
    expect(budgetOf(store.getState().workspace)).toBe(3_200_000);
    expect(status()).toEqual({ saveProblem: null, otherTab: null, newer: null, unreadable: [] });
  });

  it('saves within a second of an edit, and a reload shows exactly what was there', async () => {
    const storage = new FakeStorage();
    const first = await openTab(storage);
    scenarioVerbs(first.store).addImportedScenario(twoScenarioWorkspace().scenarios[1]!.scenario);
    first.store.getState().setLineHours('yot', 12_000);
    expect(storage.getItem(WORKSPACE_KEY)).toBeNull();
    vi.advanceTimersByTime(1000);
    expect(storage.getItem(WORKSPACE_KEY)).not.toBeNull();

    const reloaded = await openTab(storage, 'tab-2');
    expect(reloaded.store.getState().workspace).toEqual(first.store.getState().workspace);
    expect(activeScenario(reloaded.store.getState().workspace).name).toBe('Budget cut 5%');
  });

  it('saves within a second even while the user keeps typing', async () => {
    const storage = new FakeStorage();
    const { store } = await openTab(storage);
    for (let keystroke = 1; keystroke <= 10; keystroke += 1) {
      store.getState().setBudget(3_000_000 + keystroke);
      vi.advanceTimersByTime(100);
    }
    expect(readWorkspace(storage.getItem(WORKSPACE_KEY) ?? '')).toMatchObject({ status: 'ok' });
  });

  it('waits for the page to be idle before saving, so a save never lands between a drop and the frame that shows it', async () => {
    const idle: { callback: () => void; timeout: number | undefined }[] = [];
    vi.stubGlobal('requestIdleCallback', (callback: () => void, options?: { timeout?: number }) =>
      idle.push({ callback, timeout: options?.timeout }),
    );
    vi.stubGlobal('cancelIdleCallback', () => undefined);
    try {
      const storage = new FakeStorage();
      const { store } = await openTab(storage);
      store.getState().setBudget(3_360_000);
      vi.advanceTimersByTime(1000);
      expect(storage.getItem(WORKSPACE_KEY)).toBeNull();
      expect(idle).toHaveLength(1);
      // The browser runs it when idle, or at the timeout however busy the page is.
      expect(idle[0]?.timeout).toBe(250);
      idle[0]?.callback();
      const read = readWorkspace(storage.getItem(WORKSPACE_KEY) ?? '');
      expect(read.status === 'ok' && budgetOf(read.workspace)).toBe(3_360_000);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('saves at once when flushed (the tab is hidden or closed)', async () => {
    const storage = new FakeStorage();
    const { store, persistence } = await openTab(storage);
    store.getState().setBudget(3_360_000);
    persistence.flush();
    const read = readWorkspace(storage.getItem(WORKSPACE_KEY) ?? '');
    expect(read.status === 'ok' && budgetOf(read.workspace)).toBe(3_360_000);
  });

  it('writes the tab’s id and the time with what it saves', async () => {
    const storage = new FakeStorage();
    const { store, persistence } = await openTab(storage, 'tab-7');
    store.getState().setBudget(3_360_000);
    persistence.flush();
    expect(JSON.parse(storage.getItem(WORKSPACE_KEY) ?? '')).toMatchObject({
      writerId: 'tab-7',
      savedAt: '2004-04-01T09:00:00.000Z',
    });
  });
});

describe('stored data that cannot be read', () => {
  const garbage = '{"format": "inspection-hours-planner/workspace", "version": 1, "scenarios": [';

  it('is set aside unchanged before the 2004/05 plan is saved over it, and offered for download', async () => {
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, garbage);
    const { store, persistence, status } = await openTab(storage);
    expect(budgetOf(store.getState().workspace)).toBe(3_200_000);
    const [unreadable] = status().unreadable;
    expect(unreadable).toMatchObject({
      key: `${UNREADABLE_KEY_PREFIX}2004-04-01T09:00:00.000Z`,
      text: garbage,
      keptAside: true,
    });
    expect(unreadable?.problems[0]).toMatch(/^The saved data is not JSON/);
    expect(storage.getItem(`${UNREADABLE_KEY_PREFIX}2004-04-01T09:00:00.000Z`)).toBe(garbage);

    store.getState().setBudget(3_360_000);
    persistence.flush();
    expect(readWorkspace(storage.getItem(WORKSPACE_KEY) ?? '').status).toBe('ok');
    expect(storage.getItem(`${UNREADABLE_KEY_PREFIX}2004-04-01T09:00:00.000Z`)).toBe(garbage);
  });

  it('is still offered on the next start, until the user deletes it', async () => {
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, garbage);
    const first = await openTab(storage);
    first.store.getState().setBudget(3_360_000);
    first.persistence.flush();

    const second = await openTab(storage, 'tab-2');
    expect(budgetOf(second.store.getState().workspace)).toBe(3_360_000);
    expect(second.status().unreadable.map((data) => data.text)).toEqual([garbage]);
    second.persistence.discardUnreadable(`${UNREADABLE_KEY_PREFIX}2004-04-01T09:00:00.000Z`);
    expect(second.status().unreadable).toEqual([]);
    expect([...storage.items.keys()]).toEqual([WORKSPACE_KEY]);
  });

  it('is never overwritten when there is no room to set it aside: nothing is saved, and saving resumes once there is room', async () => {
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, garbage);
    storage.quota = WORKSPACE_KEY.length + garbage.length + 10;
    const { store, persistence, status } = await openTab(storage);
    expect(status().unreadable).toMatchObject([{ key: WORKSPACE_KEY, text: garbage, keptAside: false }]);
    expect(status().saveProblem).toMatch(/cannot be set aside/);

    store.getState().setBudget(3_360_000);
    persistence.flush();
    expect(storage.getItem(WORKSPACE_KEY)).toBe(garbage);
    expect(budgetOf(store.getState().workspace)).toBe(3_360_000);

    storage.quota = Infinity;
    store.getState().setBudget(3_400_000);
    persistence.flush();
    expect(status().saveProblem).toBeNull();
    expect([...storage.items.values()]).toContain(garbage);
    const read = readWorkspace(storage.getItem(WORKSPACE_KEY) ?? '');
    expect(read.status === 'ok' && budgetOf(read.workspace)).toBe(3_400_000);
  });
});

describe('stored data from a newer planner', () => {
  const newerText = () => {
    const document = JSON.parse(
      serializeWorkspace(twoScenarioWorkspace(), { savedAt: '2030-01-01T00:00:00.000Z', writerId: 'future' }),
    ) as Record<string, unknown>;
    return JSON.stringify({ ...document, version: WORKSPACE_VERSION + 1, somethingNew: true });
  };

  it('opens read-only, showing what it can, and is never written', async () => {
    const storage = new FakeStorage();
    const text = newerText();
    storage.setItem(WORKSPACE_KEY, text);
    const { store, persistence, status } = await openTab(storage);
    expect(store.getState().workspace).toEqual(twoScenarioWorkspace());
    expect(store.getState().readOnlyReason).toBe(NEWER_VERSION_REASON);
    expect(status().newer).toEqual({
      problem: expect.stringMatching(/newer version of the planner \(saved data version 2/) as unknown,
      shown: true,
    });

    store.getState().setBudget(1);
    store.getState().loadWorkspace(workspaceOf(loadFixture(), 'other'));
    persistence.flush();
    vi.advanceTimersByTime(5000);
    expect(storage.getItem(WORKSPACE_KEY)).toBe(text);
    expect([...storage.items.keys()]).toEqual([WORKSPACE_KEY]);
  });

  it('counts as newer when a scenario inside it is of a newer scenario version', async () => {
    const file = JSON.stringify({
      format: 'inspection-hours-planner/scenario',
      version: SCENARIO_VERSION + 1,
      scenario: { name: 'from the future' },
    });
    const text = JSON.stringify({
      format: WORKSPACE_FORMAT,
      version: 1,
      scenarios: [{ id: 'a', file }],
      activeId: 'a',
    });
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, text);
    const { store, status } = await openTab(storage);
    expect(status().newer).toMatchObject({ shown: false });
    expect(store.getState().readOnlyReason).toBe(NEWER_VERSION_REASON);
    expect(status().unreadable).toEqual([]);
  });
});

describe('storage that is full or refused', () => {
  it('says edits are not being saved, keeps everything in memory, and clears once a later save succeeds', async () => {
    const storage = new FakeStorage();
    storage.quota = 100;
    const { store, status } = await openTab(storage);
    store.getState().setBudget(3_360_000);
    vi.advanceTimersByTime(1000);
    expect(status().saveProblem).toBe('The browser’s storage for the planner is full');
    expect(budgetOf(store.getState().workspace)).toBe(3_360_000);
    expect(store.getState().past).toHaveLength(1);

    storage.quota = Infinity;
    store.getState().setLineHours('yot', 12_000);
    vi.advanceTimersByTime(1000);
    expect(status().saveProblem).toBeNull();
    const read = readWorkspace(storage.getItem(WORKSPACE_KEY) ?? '');
    expect(read.status === 'ok' && budgetOf(read.workspace)).toBe(3_360_000);
  });

  it('says so when the browser refuses every write', async () => {
    const storage = new FakeStorage();
    storage.refuse = true;
    const { store, status } = await openTab(storage);
    store.getState().setBudget(3_360_000);
    vi.advanceTimersByTime(1000);
    expect(status().saveProblem).toMatch(
      /^The browser refused to store the planner’s data \(The operation is insecure/,
    );
  });

  it('says so at once when there is no storage at all', async () => {
    const { store, status } = await openTab(null);
    expect(status().saveProblem).toMatch(/does not let the planner store data/);
    expect(budgetOf(store.getState().workspace)).toBe(3_200_000);
  });
});

describe('two tabs', () => {
  /** Two tabs over one storage; `deliver` plays the storage event the browser sends the other tab. */
  async function twoTabs() {
    const storage = new FakeStorage();
    const first = await openTab(storage, 'tab-1');
    const second = await openTab(storage, 'tab-2');
    const deliver = (to: typeof first) => to.persistence.storageChanged(WORKSPACE_KEY, storage.getItem(WORKSPACE_KEY));
    return { storage, first, second, deliver };
  }

  it('make the other tab read-only when one saves, and “Load the latest version” brings its edits over', async () => {
    const { first, second, deliver } = await twoTabs();
    first.store.getState().setBudget(3_360_000);
    first.persistence.flush();
    deliver(second);
    expect(second.store.getState().readOnlyReason).toBe(OTHER_TAB_REASON);
    expect(second.status().otherTab).toEqual({ savedAt: '2004-04-01T09:00:00.000Z', unsavedHere: false });

    await second.persistence.loadLatest();
    expect(second.store.getState().readOnlyReason).toBeNull();
    expect(second.status().otherTab).toBeNull();
    expect(second.store.getState().workspace).toEqual(first.store.getState().workspace);
  });

  it('keep a stale tab as it was when the other left nothing to load and the 2004/05 plan cannot be fetched', async () => {
    const storage = new FakeStorage();
    const first = await openTab(storage, 'tab-1');
    let offline = false;
    const second = await openTab(storage, 'tab-2', () =>
      offline ? Promise.reject(new Error('Failed to fetch')) : builtInPlan(),
    );
    first.store.getState().setBudget(3_360_000);
    first.persistence.flush();
    second.persistence.storageChanged(WORKSPACE_KEY, storage.getItem(WORKSPACE_KEY));
    storage.removeItem(WORKSPACE_KEY);
    offline = true;
    const before = second.store.getState().workspace;

    await expect(second.persistence.loadLatest()).rejects.toThrow('Failed to fetch');
    expect(second.store.getState().workspace).toBe(before);
    expect(second.store.getState().readOnlyReason).toBe(OTHER_TAB_REASON);
    expect(second.status().otherTab).toEqual({ savedAt: '2004-04-01T09:00:00.000Z', unsavedHere: false });

    offline = false;
    await second.persistence.loadLatest();
    expect(second.store.getState().readOnlyReason).toBeNull();
    expect(budgetOf(second.store.getState().workspace)).toBe(3_200_000);
  });

  it('never let a stale tab write over newer data, even when it missed the other tab’s storage event', async () => {
    const { storage, first, second } = await twoTabs();
    first.store.getState().setBudget(3_360_000);
    first.persistence.flush();
    const firstSaved = storage.getItem(WORKSPACE_KEY);

    second.store.getState().setLineHours('yot', 12_000);
    second.persistence.flush();
    expect(storage.getItem(WORKSPACE_KEY)).toBe(firstSaved);
    expect(second.status().otherTab).toEqual({ savedAt: '2004-04-01T09:00:00.000Z', unsavedHere: true });
    expect(second.store.getState().readOnlyReason).toBe(OTHER_TAB_REASON);
    // The stale tab's own edit is still in memory, for the user to export.
    expect(activeScenario(second.store.getState().workspace).lines[0]?.hours).toBe(12_000);
  });

  it('say when the stale tab has edits of its own that were not saved', async () => {
    const { storage, first, second, deliver } = await twoTabs();
    second.store.getState().setLineHours('yot', 12_000);
    first.store.getState().setBudget(3_360_000);
    first.persistence.flush();
    const firstSaved = storage.getItem(WORKSPACE_KEY);
    deliver(second);
    expect(second.status().otherTab?.unsavedHere).toBe(true);
    vi.advanceTimersByTime(5000);
    second.persistence.flush();
    expect(storage.getItem(WORKSPACE_KEY)).toBe(firstSaved);
  });

  it('take turns: once the stale tab has loaded the latest version, its saves make the first tab read-only', async () => {
    const { first, second, deliver } = await twoTabs();
    first.store.getState().setBudget(3_360_000);
    first.persistence.flush();
    deliver(second);
    await second.persistence.loadLatest();
    deliver(first);
    expect(first.store.getState().readOnlyReason).toBeNull();

    second.store.getState().setLineHours('yot', 12_000);
    second.persistence.flush();
    deliver(first);
    expect(first.store.getState().readOnlyReason).toBe(OTHER_TAB_REASON);
  });

  it('do not disturb each other when one only opens another scenario', async () => {
    const storage = new FakeStorage();
    storage.setItem(WORKSPACE_KEY, serializeWorkspace(twoScenarioWorkspace(), { savedAt: '', writerId: 'earlier' }));
    const first = await openTab(storage, 'tab-1');
    const second = await openTab(storage, 'tab-2');
    scenarioVerbs(first.store).openScenario('plan');
    first.persistence.flush();
    second.persistence.storageChanged(WORKSPACE_KEY, storage.getItem(WORKSPACE_KEY));
    expect(second.store.getState().readOnlyReason).toBeNull();

    second.store.getState().setBudget(3_100_000);
    second.persistence.flush();
    const read = readWorkspace(storage.getItem(WORKSPACE_KEY) ?? '');
    expect(read.status === 'ok' && budgetOf(read.workspace)).toBe(3_100_000);
  });

  it('ignore changes to other keys', async () => {
    const { second } = await twoTabs();
    second.persistence.storageChanged('something-else', 'x');
    expect(second.store.getState().readOnlyReason).toBeNull();
  });
});
