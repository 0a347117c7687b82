import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_ESIS_PER_MONTH, serializeScenario } from '../../src/domain/scenarioFile';
import {
  readWorkspace,
  serializeWorkspace,
  WORKSPACE_FORMAT,
  WORKSPACE_VERSION,
  workspaceMigrations,
} from '../../src/domain/workspaceFile';
import { loadFixture, twoScenarioWorkspace } from '../support/fixture';

const SAVED_AT = '2004-04-01T09:00:00.000Z';

describe('the stored text of a workspace', () => {
  it('reads back as exactly the workspace, active scenario included', () => {
    const workspace = twoScenarioWorkspace();
    const read = readWorkspace(serializeWorkspace(workspace, { savedAt: SAVED_AT, writerId: 'tab-1' }));
    expect(read).toEqual({ status: 'ok', workspace, savedAt: '2004-04-01T09:00:00.000Z' });
  });

  it('is an envelope naming its format, version and writer, holding each scenario as its scenario file', () => {
    const workspace = twoScenarioWorkspace();
    const stored = JSON.parse(serializeWorkspace(workspace, { savedAt: SAVED_AT, writerId: 'tab-1' })) as Record<
      string,
      unknown
    >;
    expect(stored).toEqual({
      format: WORKSPACE_FORMAT,
      version: WORKSPACE_VERSION,
      savedAt: '2004-04-01T09:00:00.000Z',
      writerId: 'tab-1',
      scenarios: workspace.scenarios.map(({ id, scenario }) => ({ id, file: serializeScenario(scenario) })),
      activeId: 'cut',
    });
  });

  it.each([
    ['not JSON', '{"format":', /^The saved data is not JSON/],
    ['not a workspace', '[1, 2]', /expected an object/],
    ['another format', JSON.stringify({ format: 'spreadsheet', version: 1 }), /^format: /],
    ['no version', JSON.stringify({ format: WORKSPACE_FORMAT, scenarios: [] }), /^version: /],
    [
      'no scenarios',
      JSON.stringify({ format: WORKSPACE_FORMAT, version: 1, scenarios: [], activeId: 'x' }),
      /the list is empty/,
    ],
    [
      'a missing active id',
      JSON.stringify({
        format: WORKSPACE_FORMAT,
        version: 1,
        scenarios: [{ id: 'a', file: serializeScenario(loadFixture()) }],
        activeId: 'b',
      }),
      /^activeId: /,
    ],
  ])('is unreadable when it is %s', (_, text, problem) => {
    const read = readWorkspace(text);
    expect(read.status).toBe('unreadable');
    expect(read.status === 'unreadable' && read.problems[0]).toMatch(problem);
  });

  it('is unreadable when a scenario in it breaks the scenario format, naming the scenario and the field', () => {
    const bad = loadFixture();
    bad.lines[0]!.hours = -5;
    const text = serializeWorkspace(
      { scenarios: [{ id: 'a', scenario: bad }], activeId: 'a' },
      { savedAt: '', writerId: 'tab-1' },
    );
    expect(readWorkspace(text)).toEqual({
      status: 'unreadable',
      problems: ['scenarios[0]: scenario.lines[0].hours: must be zero or more, got -5'],
    });
  });

  it('goes through the scenario format’s upgrades, so a scenario stored at an older version reads as the current one', () => {
    const current = loadFixture();
    const olderFile = JSON.stringify({
      format: 'inspection-hours-planner/scenario',
      version: 1,
      scenario: { ...current, esi: { ...current.esi, maxPerMonth: undefined } },
    });
    const text = JSON.stringify({
      format: WORKSPACE_FORMAT,
      version: 1,
      scenarios: [{ id: 'a', file: olderFile }],
      activeId: 'a',
    });
    const read = readWorkspace(text);
    expect(read.status === 'ok' && read.workspace.scenarios[0]?.scenario.esi.maxPerMonth).toEqual(
      DEFAULT_MAX_ESIS_PER_MONTH,
    );
  });
});

describe('workspace migrations', () => {
  it('have a step for every version before the current one', () => {
    expect(workspaceMigrations.map((step) => step.from)).toEqual(
      Array.from({ length: WORKSPACE_VERSION - 1 }, (_, index) => index + 1),
    );
  });
});
