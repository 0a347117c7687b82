/**
 * A model-based test of the store: random sequences of what a user does, each checked after
 * every step against a deliberately simple model of what the user should see.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseScenarioFile, serializeScenario } from '../../src/domain/scenarioFile';
import type { FinancialYear, Scenario, Workspace } from '../../src/domain/types';
import { readWorkspace, serializeWorkspace } from '../../src/domain/workspaceFile';
import { activeScenario, workspaceOf } from '../../src/store/workspace';
import { HISTORY_LIMIT } from '../../src/store/history';
import type { PlanStore } from '../../src/store/planStore';
import { loadFixture } from '../support/fixture';
import { countingIds, createTestStoreWith } from '../support/planStore';
import { esiVerbs } from '../../src/store/slices/esiVerbs';
import { scenarioVerbs } from '../../src/store/slices/scenarioVerbs';

const baseline = loadFixture();
const YEARS: FinancialYear[] = ['2003/04', '2004/05', '2005/06'];
const LINE_IDS = baseline.lines.map((line) => line.id);
const AREA_IDS = baseline.esi.areas.map((area) => area.id);
const DONE = new Set(baseline.esi.schedule.filter((entry) => entry.inspected).map((entry) => entry.areaId));

/** What the user can see of one scenario. */
interface ModelScenario {
  id: string;
  name: string;
  budget: number;
  lineHours: Record<string, number>;
  years: Record<string, FinancialYear>;
}

interface ModelWorkspace {
  scenarios: ModelScenario[];
  activeId: string;
}

interface Model {
  now: ModelWorkspace;
  past: ModelWorkspace[];
  future: ModelWorkspace[];
  typingIn: string | null;
  nextId: number;
}

interface Real {
  store: PlanStore;
}

function modelOf(scenario: Scenario, id: string): ModelScenario {
  return {
    id,
    name: scenario.name,
    budget: scenario.budgetGBP.value,
    lineHours: Object.fromEntries(scenario.lines.map((line) => [line.id, line.hours])),
    years: Object.fromEntries(scenario.esi.schedule.map((entry) => [entry.areaId, entry.year])),
  };
}

function project(workspace: Workspace): ModelWorkspace {
  return {
    scenarios: workspace.scenarios.map(({ id, scenario }) => modelOf(scenario, id)),
    activeId: workspace.activeId,
  };
}

function unusedName(name: string, taken: string[]): string {
  let candidate = name;
  for (let number = 2; taken.includes(candidate); number += 1) candidate = `${name} (${number})`;
  return candidate;
}

/** The model predicts each new scenario's id as s1, s2, …, so the store must count the same way. */
function newStore(workspace: Workspace, firstId: number): PlanStore {
  return createTestStoreWith(workspace, countingIds('s', firstId));
}

const clone = (workspace: ModelWorkspace): ModelWorkspace => structuredClone(workspace);
const active = (model: Model) =>
  model.now.scenarios.find((scenario) => scenario.id === model.now.activeId) as ModelScenario;

/** One user intent in the model: the state before it becomes an undo step unless typing continues in the same field. */
function record(model: Model, change: (workspace: ModelWorkspace) => void, typingIn: string | null = null) {
  const continuing = typingIn !== null && model.typingIn === typingIn && model.past.length > 0;
  if (!continuing) {
    model.past.push(clone(model.now));
    if (model.past.length > HISTORY_LIMIT) model.past.shift();
  }
  change(model.now);
  model.future = [];
  model.typingIn = typingIn;
}

class EditLine implements fc.Command<Model, Real> {
  constructor(
    readonly lineId: string,
    readonly hours: number,
  ) {}
  check = () => true;
  run(model: Model, real: Real) {
    if (active(model).lineHours[this.lineId] !== this.hours) {
      record(
        model,
        () => {
          active(model).lineHours[this.lineId] = this.hours;
        },
        `line:${this.lineId}`,
      );
    }
    real.store.getState().setLineHours(this.lineId, this.hours);
  }
  toString = () => `EditLine(${this.lineId}, ${this.hours})`;
}

class EditBudget implements fc.Command<Model, Real> {
  constructor(readonly budget: number) {}
  check = () => true;
  run(model: Model, real: Real) {
    record(
      model,
      () => {
        active(model).budget = this.budget;
      },
      'budgetGBP',
    );
    real.store.getState().setBudget(this.budget);
  }
  toString = () => `EditBudget(${this.budget})`;
}

class LeaveField implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real) {
    const field = real.store.getState().typingIn;
    model.typingIn = null;
    if (field !== null) real.store.getState().finishTyping(field as 'budgetGBP');
  }
  toString = () => 'LeaveField';
}

class MoveArea implements fc.Command<Model, Real> {
  constructor(
    readonly areaId: string,
    readonly year: FinancialYear,
  ) {}
  check = () => true;
  run(model: Model, real: Real) {
    const scenario = active(model);
    if (!DONE.has(this.areaId) && scenario.years[this.areaId] !== this.year) {
      record(model, () => {
        scenario.years[this.areaId] = this.year;
      });
    } else if (!DONE.has(this.areaId)) {
      // Moving an Area with a month to the year it is already in clears its month: still one step.
      const entry = activeScenario(real.store.getState().workspace).esi.schedule.find(
        (candidate) => candidate.areaId === this.areaId,
      );
      if (entry?.month !== undefined) record(model, () => undefined);
    }
    esiVerbs(real.store).moveArea(this.areaId, this.year);
  }
  toString = () => `MoveArea(${this.areaId}, ${this.year})`;
}

class Duplicate implements fc.Command<Model, Real> {
  constructor(readonly index: number) {}
  check = () => true;
  run(model: Model, real: Real) {
    const source = model.now.scenarios[this.index % model.now.scenarios.length] as ModelScenario;
    const id = `s${model.nextId++}`;
    record(model, (workspace) => {
      const name = unusedName(
        `${source.name} (copy)`,
        workspace.scenarios.map((scenario) => scenario.name),
      );
      workspace.scenarios.push({ ...structuredClone(source), id, name });
      workspace.activeId = id;
    });
    scenarioVerbs(real.store).duplicateScenario(source.id);
  }
  toString = () => `Duplicate(${this.index})`;
}

class Delete implements fc.Command<Model, Real> {
  constructor(readonly index: number) {}
  check = () => true;
  run(model: Model, real: Real) {
    const { scenarios } = model.now;
    const index = this.index % scenarios.length;
    const target = scenarios[index] as ModelScenario;
    if (scenarios.length > 1) {
      record(model, (workspace) => {
        workspace.scenarios.splice(index, 1);
        if (workspace.activeId === target.id)
          workspace.activeId = (workspace.scenarios[Math.max(0, index - 1)] as ModelScenario).id;
      });
    }
    scenarioVerbs(real.store).deleteScenario(target.id);
  }
  toString = () => `Delete(${this.index})`;
}

class Rename implements fc.Command<Model, Real> {
  constructor(
    readonly index: number,
    readonly name: string,
  ) {}
  check = () => true;
  run(model: Model, real: Real) {
    const target = model.now.scenarios[this.index % model.now.scenarios.length] as ModelScenario;
    const trimmed = this.name.trim();
    if (trimmed !== '' && trimmed !== target.name)
      record(model, () => {
        target.name = trimmed;
      });
    scenarioVerbs(real.store).renameScenario(target.id, this.name);
  }
  toString = () => `Rename(${this.index}, ${JSON.stringify(this.name)})`;
}

class Open implements fc.Command<Model, Real> {
  constructor(readonly index: number) {}
  check = () => true;
  run(model: Model, real: Real) {
    const target = model.now.scenarios[this.index % model.now.scenarios.length] as ModelScenario;
    if (target.id !== model.now.activeId) {
      model.now.activeId = target.id;
      model.typingIn = null;
    }
    scenarioVerbs(real.store).openScenario(target.id);
  }
  toString = () => `Open(${this.index})`;
}

class Undo implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real) {
    const before = model.past.pop();
    if (before) {
      model.future.push(clone(model.now));
      model.now = before;
      model.typingIn = null;
    }
    real.store.getState().undo();
  }
  toString = () => 'Undo';
}

class Redo implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real) {
    const after = model.future.pop();
    if (after) {
      model.past.push(clone(model.now));
      model.now = after;
      model.typingIn = null;
    }
    real.store.getState().redo();
  }
  toString = () => 'Redo';
}

/** Export the open scenario as a file and import that file again: a second, identical scenario. */
class ExportImport implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real) {
    const source = active(model);
    const id = `s${model.nextId++}`;
    record(model, (workspace) => {
      const name = unusedName(
        source.name,
        workspace.scenarios.map((scenario) => scenario.name),
      );
      workspace.scenarios.push({ ...structuredClone(source), id, name });
      workspace.activeId = id;
    });
    const parsed = parseScenarioFile(serializeScenario(activeScenario(real.store.getState().workspace)));
    if (!parsed.ok) throw new Error(parsed.problems.join('\n'));
    scenarioVerbs(real.store).addImportedScenario(parsed.scenario);
  }
  toString = () => 'ExportImport';
}

/** Save to storage and open the planner again: the same scenarios, a fresh history. */
class Reload implements fc.Command<Model, Real> {
  check = () => true;
  run(model: Model, real: Real) {
    model.past = [];
    model.future = [];
    model.typingIn = null;
    const stored = readWorkspace(
      serializeWorkspace(real.store.getState().workspace, {
        savedAt: '2004-04-01T09:00:00.000Z',
        writerId: 'model-test',
      }),
    );
    if (stored.status !== 'ok') throw new Error(`reload failed: ${stored.status}`);
    real.store = newStore(stored.workspace, model.nextId);
  }
  toString = () => 'Reload';
}

const commands = [
  fc
    .tuple(fc.constantFrom(...LINE_IDS), fc.integer({ min: 0, max: 20_000 }))
    .map(([lineId, hours]) => new EditLine(lineId, hours)),
  fc.integer({ min: 1, max: 5_000_000 }).map((budget) => new EditBudget(budget)),
  fc.constant(new LeaveField()),
  fc.tuple(fc.constantFrom(...AREA_IDS), fc.constantFrom(...YEARS)).map(([areaId, year]) => new MoveArea(areaId, year)),
  fc.nat(5).map((index) => new Duplicate(index)),
  fc.nat(5).map((index) => new Delete(index)),
  fc
    .tuple(fc.nat(5), fc.constantFrom('Cut 5%', ' YOT 12,000 ', '', '   ', 'Plan B'))
    .map(([index, name]) => new Rename(index, name)),
  fc.nat(5).map((index) => new Open(index)),
  fc.constant(new Undo()),
  fc.constant(new Redo()),
  fc.constant(new ExportImport()),
  fc.constant(new Reload()),
];

function freshSetup(): { model: Model; real: Real } {
  const workspace = workspaceOf(baseline, 's0');
  return {
    model: { now: project(workspace), past: [], future: [], typingIn: null, nextId: 1 },
    real: { store: newStore(workspace, 1) },
  };
}

function expectSame(model: Model, real: Real) {
  const state = real.store.getState();
  expect(project(state.workspace)).toEqual(model.now);
  expect(state.past.length).toBe(model.past.length);
  expect(state.future.length).toBe(model.future.length);
}

describe('the store against a simple model', () => {
  it('matches the model after every step of 1,000 random sessions', () => {
    fc.assert(
      fc.property(fc.commands(commands, { maxCommands: 40 }), (sequence) => {
        const setup = freshSetup();
        fc.modelRun(
          () => setup,
          [...sequence].flatMap((command) => [command, checkAfter(command)]),
        );
      }),
      { numRuns: 1000 },
    );
    // A guard against a runaway, not a speed target: 1,000 sessions take seconds alone, longer on a busy shared machine.
  }, 60_000);

  it('returns to an identical state after k undos and k redos', () => {
    fc.assert(
      fc.property(fc.commands(commands.slice(0, 8), { maxCommands: 30 }), fc.nat(40), (sequence, k) => {
        const { model, real } = freshSetup();
        fc.modelRun(() => ({ model, real }), sequence);
        const before = real.store.getState().workspace;
        const steps = Math.min(k, real.store.getState().past.length);
        for (let step = 0; step < steps; step += 1) real.store.getState().undo();
        for (let step = 0; step < steps; step += 1) real.store.getState().redo();
        expect(real.store.getState().workspace).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });
});

/** A no-op command that checks the store against the model after the command before it. */
function checkAfter(command: fc.Command<Model, Real>): fc.Command<Model, Real> {
  return {
    check: () => true,
    run: (model, real) => expectSame(model, real),
    toString: () => `check after ${command.toString()}`,
  };
}
