import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { carryForward } from '../../src/domain/carryForward';
import { evaluatePlan } from '../../src/domain/evaluatePlan';
import { formatPounds } from '../../src/domain/format';
import { SCENARIO_VERSION } from '../../src/domain/scenarioFile';
import type { Scenario } from '../../src/domain/types';
import {
  problemWithUpdate,
  readLastChanges,
  readScenario,
  recordActivity,
  writeScenario,
} from '../../src/sync/scenarioDocument';
import { setFigure } from '../../src/store/figureSources';
import { loadFixture } from '../support/fixture';
import { makeVersionTwo } from '../support/olderDocument';

/** A document holding `scenario`, as the first writer leaves it. */
function documentOf(scenario: Scenario): Y.Doc {
  const doc = new Y.Doc();
  writeScenario(doc, null, scenario);
  return doc;
}

function scenarioIn(doc: Y.Doc): Scenario {
  const read = readScenario(doc);
  if (read.status !== 'ok') throw new Error(`the document does not hold a scenario: ${JSON.stringify(read)}`);
  return read.scenario;
}

/** Two peers that exchange every update, as the server relays them. */
function connectedPair(scenario: Scenario) {
  const first = documentOf(scenario);
  const second = new Y.Doc();
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
  first.on(
    'update',
    (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(second, update, 'remote'),
  );
  second.on(
    'update',
    (update: Uint8Array, origin: unknown) => origin !== 'remote' && Y.applyUpdate(first, update, 'remote'),
  );
  return { first, second };
}

const moveNorfolk = (scenario: Scenario, year: '2005/06' | '2004/05') =>
  produce(scenario, (draft) => {
    const norfolk = draft.esi.schedule.find((entry) => entry.areaId === 'norfolk');
    if (norfolk) norfolk.year = year;
  });

/** Alice's document holding `scenario` and Bob's copy of it, with the client ids that order their changes. */
function twoCopiesOf(scenario: Scenario, aliceId: number, bobId: number): [Y.Doc, Y.Doc] {
  const alice = new Y.Doc();
  alice.clientID = aliceId;
  writeScenario(alice, null, scenario);
  const bob = new Y.Doc();
  bob.clientID = bobId;
  Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));
  return [alice, bob];
}

describe('a scenario as a Yjs document', () => {
  it('reads back exactly the 2004/05 plan it was written with, and records the format version', () => {
    const doc = documentOf(loadFixture());
    expect(scenarioIn(doc)).toEqual(loadFixture());
    expect(doc.getMap('meta').get('version')).toBe(SCENARIO_VERSION);
    expect(evaluatePlan(scenarioIn(doc)).costPerHourGBP).toBeCloseTo(91.43, 2);
  });

  it('writes an edit as one transaction that changes only what the edit changed', () => {
    const before = loadFixture();
    const doc = documentOf(before);
    const after = produce(before, (draft) => {
      draft.budgetGBP.value = 3_360_000;
    });
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    writeScenario(doc, before, after);
    expect(updates).toHaveLength(1);
    // The budget figure, its value with its source, and nothing else: the whole plan is many kilobytes.
    expect(updates[0]!.byteLength).toBeLessThan(200);
    expect(evaluatePlan(scenarioIn(doc)).costPerHourGBP).toBeCloseTo(96, 6);
    writeScenario(doc, after, after);
    expect(updates).toHaveLength(1);
  });

  it('keeps the order of a collection across removing, adding and moving items', () => {
    const before = loadFixture();
    const doc = documentOf(before);
    const after = produce(before, (draft) => {
      const [first] = draft.lines.splice(0, 1);
      if (first) draft.lines.push(first);
      draft.jointInspections.push({ ...draft.jointInspections[0]!, id: 'new-joint', name: 'Youth justice' });
      draft.contingencyDraws.push({
        id: 'draw-1',
        date: '2004-07-01',
        reason: 'Serious further offence review',
        hours: 120,
      });
    });
    writeScenario(doc, before, after);
    expect(scenarioIn(doc)).toEqual(after);
  });

  it('merges two people changing different things, and Norfolk moved by one keeps the budget set by the other', () => {
    const { first, second } = connectedPair(loadFixture());
    const base = loadFixture();
    writeScenario(first, base, moveNorfolk(base, '2005/06'));
    writeScenario(
      second,
      base,
      produce(base, (draft) => {
        draft.budgetGBP.value = 3_000_000;
      }),
    );
    const merged = scenarioIn(first);
    expect(scenarioIn(second)).toEqual(merged);
    expect(merged.budgetGBP.value).toBe(3_000_000);
    expect(evaluatePlan(merged).esi.years.map((year) => year.scheduled)).toEqual([14, 15, 13]);
  });

  it('ends with one value, the same for both, when two people change the same figure while apart', () => {
    const first = documentOf(loadFixture());
    const second = new Y.Doc();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    const base = loadFixture();
    const withBudget = (gbp: number) =>
      produce(base, (draft) => {
        draft.budgetGBP.value = gbp;
      });
    writeScenario(first, base, withBudget(3_100_000));
    writeScenario(second, base, withBudget(3_300_000));
    Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    const budget = scenarioIn(first).budgetGBP.value;
    expect([3_100_000, 3_300_000]).toContain(budget);
    expect(scenarioIn(second).budgetGBP.value).toBe(budget);
  });

  it('keeps who changed a figure beside it, out of the scenario read back, and forgets them when a write names no one', () => {
    const before = loadFixture();
    const doc = documentOf(before);
    expect(readLastChanges(doc)).toEqual({});
    const alice = { by: 'Alice', at: '2026-12-07T09:14:00.000Z' };
    const after = produce(before, (draft) => {
      draft.budgetGBP.value = 3_100_000;
      draft.lines[1]!.hours = 9_000;
      draft.esi.maxPerMonth.value = 4;
    });

    expect(writeScenario(doc, before, after, null, { change: alice })).toEqual([
      'budgetGBP',
      'lines/esi-core',
      'esi/maxPerMonth',
    ]);
    expect(readLastChanges(doc)).toEqual({ budgetGBP: alice, 'lines/esi-core': alice, 'esi/maxPerMonth': alice });
    expect(scenarioIn(doc)).toEqual(after);

    const again = produce(after, (draft) => {
      draft.budgetGBP.value = 3_000_000;
    });
    expect(writeScenario(doc, after, again)).toEqual([]);
    expect(readLastChanges(doc)).toEqual({ 'lines/esi-core': alice, 'esi/maxPerMonth': alice });
  });

  it('ends with the value and the name of the same person when two change the same figure while apart', () => {
    const base = loadFixture();
    const withBudget = (gbp: number) =>
      produce(base, (draft) => {
        draft.budgetGBP.value = gbp;
      });
    // Either may win, as Yjs orders the two by their client ids: both orders are tried.
    for (const [aliceId, bobId] of [
      [1, 2],
      [2, 1],
    ] as const) {
      const [alice, bob] = twoCopiesOf(base, aliceId, bobId);
      writeScenario(alice, base, withBudget(3_100_000), null, { change: { by: 'Alice', at: '2026-12-07T09:14:00Z' } });
      writeScenario(bob, base, withBudget(3_300_000), null, { change: { by: 'Bob', at: '2026-12-07T09:15:00Z' } });
      Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob));
      Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));

      const budget = scenarioIn(alice).budgetGBP.value;
      expect(scenarioIn(bob).budgetGBP.value).toBe(budget);
      for (const doc of [alice, bob])
        expect(readLastChanges(doc)['budgetGBP']?.by).toBe(budget === 3_100_000 ? 'Alice' : 'Bob');
    }
  });

  it('reads back a plan carried forward, each carried source with where it came from', () => {
    const carried = carryForward(loadFixture()).scenario;
    const doc = documentOf(carried);
    expect(scenarioIn(doc)).toEqual(carried);
    expect(scenarioIn(doc).budgetGBP.source).toEqual({
      kind: 'carried',
      from: '2004/05',
      was: { kind: 'report', ref: '§1.30', note: 'Total budget for the coming year is £3.2 million' },
    });
  });

  it('ends with one person’s source when one edits a carried figure and undoes it while the other edits it', () => {
    const base = carryForward(loadFixture()).scenario;
    const withBudget = (gbp: number) =>
      produce(base, (draft) => {
        setFigure(draft.budgetGBP, gbp, formatPounds);
      });
    // A source merged field by field would mix the carried and the edited kinds, which no parser reads.
    for (const [aliceId, bobId] of [
      [1, 2],
      [2, 1],
    ] as const) {
      const [alice, bob] = twoCopiesOf(base, aliceId, bobId);
      const edited = withBudget(3_100_000);
      writeScenario(alice, base, edited);
      writeScenario(alice, edited, base);
      writeScenario(bob, base, withBudget(3_300_000));
      Y.applyUpdate(alice, Y.encodeStateAsUpdate(bob));
      Y.applyUpdate(bob, Y.encodeStateAsUpdate(alice));

      const budget = scenarioIn(alice).budgetGBP;
      expect(scenarioIn(bob).budgetGBP).toEqual(budget);
      expect([base.budgetGBP, withBudget(3_300_000).budgetGBP]).toContainEqual(budget);
    }
  });

  it('takes an update that carries a figure, and refuses one whose carried source nests another, naming it', () => {
    const doc = documentOf(loadFixture());
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const budget = peer.getMap('scenario').get('budgetGBP') as Y.Map<unknown>;
    const carried = { kind: 'carried', from: '2004/05', was: { kind: 'report', ref: '§1.30' } };
    budget.set('source', carried);
    expect(problemWithUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)))).toBeNull();
    budget.set('source', { kind: 'carried', from: '2005/06', was: carried });
    expect(problemWithUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)))).toMatch(
      /^The change would leave the scenario invalid: .*scenario\.budgetGBP\.source\.was\.kind: must be one of "report", "assumption", got "carried"/,
    );
  });

  it('gives an older planner’s document the parts the migrations add with its first edit, so the server takes it', () => {
    const older = documentOf(loadFixture());
    makeVersionTwo(older);
    const onServer = new Y.Doc();
    Y.applyUpdate(onServer, Y.encodeStateAsUpdate(older));
    const read = scenarioIn(older);
    expect(read.monthlyProfile.weights).toHaveLength(12);

    const edited = produce(read, (draft) => {
      draft.budgetGBP.value = 3_100_000;
    });
    const updates: Uint8Array[] = [];
    older.on('update', (update: Uint8Array) => updates.push(update));
    const noted = writeScenario(older, read, edited, null, { change: { by: 'Anne', at: '2004-06-01T09:00:00.000Z' } });

    expect(updates).toHaveLength(1);
    expect(problemWithUpdate(onServer, updates[0] as Uint8Array)).toBeNull();
    expect(older.getMap('meta').get('version')).toBe(SCENARIO_VERSION);
    expect(scenarioIn(older)).toEqual(edited);
    expect(noted).toEqual(['budgetGBP']);
    expect(Object.keys(readLastChanges(older))).toEqual(['budgetGBP']);
  });

  it('says a document is empty, from a newer planner, or not a valid scenario, rather than reading it', () => {
    expect(readScenario(new Y.Doc())).toEqual({ status: 'empty' });
    const newer = documentOf(loadFixture());
    newer.getMap('meta').set('version', SCENARIO_VERSION + 1);
    expect(readScenario(newer)).toEqual({ status: 'newer', version: SCENARIO_VERSION + 1 });
    const broken = documentOf(loadFixture());
    (broken.getMap('scenario').get('budgetGBP') as Y.Map<unknown>).set('value', -5);
    const read = readScenario(broken);
    expect(read.status).toBe('invalid');
    expect(read.status === 'invalid' && read.problems.join(' ')).toMatch(/budgetGBP\.value/);
  });

  it('checks an update on a copy: bytes that are not an update, or an Area scheduled twice, are named and change nothing', () => {
    const doc = documentOf(loadFixture());
    const before = Y.encodeStateAsUpdate(doc);
    expect(problemWithUpdate(doc, Uint8Array.from([250, 251, 252, 253, 254, 255, 1, 2, 3]))).toBe(
      'The message is not a Yjs update.',
    );
    const peer = new Y.Doc();
    Y.applyUpdate(peer, before);
    const schedule = peer.getMap('scenario').get('esi') as Y.Map<unknown>;
    const norfolk = (schedule.get('schedule') as Y.Map<Y.Map<unknown>>).get('norfolk')!;
    const twice = new Y.Map<unknown>();
    for (const [key, value] of norfolk.entries()) twice.set(key, value instanceof Y.Map ? value.toJSON() : value);
    twice.set('#order', 99);
    (schedule.get('schedule') as Y.Map<unknown>).set('norfolk-again', twice);
    const update = Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc));
    expect(problemWithUpdate(doc, update)).toMatch(/^The change would leave the scenario invalid: .*norfolk/);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    expect(problemWithUpdate(doc, Y.encodeStateAsUpdate(doc))).toBeNull();
  });

  it('refuses an activity entry without a label, name and time, and a part a scenario does not have', () => {
    const doc = documentOf(loadFixture());
    const changeOf = (edit: (peer: Y.Doc) => void) => {
      const peer = new Y.Doc();
      Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
      edit(peer);
      return Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc));
    };

    expect(
      problemWithUpdate(
        doc,
        changeOf((peer) => recordActivity(peer, { label: 'change budget', by: 'Anne', at: '2004-04-05T09:30:00Z' })),
      ),
    ).toBeNull();
    expect(
      problemWithUpdate(
        doc,
        changeOf((peer) => peer.getArray('activity').push([{ label: 'x' }])),
      ),
    ).toBe('Activity entry 1 must have a label (at most 200 characters), a name (at most 60) and a time.');
    expect(
      problemWithUpdate(
        doc,
        changeOf((peer) => peer.getMap('notes').set('a', 1)),
      ),
    ).toBe('A scenario\'s document holds no "notes".');
  });

  it('refuses who last changed a figure unless it is a name of at most 60 characters and a time', () => {
    const before = loadFixture();
    const doc = documentOf(before);
    const changedBy = (change: unknown) => {
      const peer = new Y.Doc();
      Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
      (peer.getMap('scenario').get('budgetGBP') as Y.Map<unknown>).set('#changed', change);
      return problemWithUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)));
    };
    const refusal = 'Who last changed "budgetGBP" must be a name (at most 60 characters) and a time.';

    expect(changedBy({ by: 'Bob', at: '2026-12-07T10:02:00.000Z' })).toBeNull();
    expect(changedBy({ by: 'B'.repeat(60), at: '2026-12-07T10:02:00.000Z' })).toBeNull();
    expect(changedBy({ by: 42, at: '2026-12-07T10:02:00.000Z' })).toBe(refusal);
    expect(changedBy({ by: 'B'.repeat(61), at: '2026-12-07T10:02:00.000Z' })).toBe(refusal);
    expect(changedBy({ by: 'Bob', at: 'yesterday' })).toBe(refusal);
    expect(changedBy({ by: 'Bob' })).toBe(refusal);
    expect(changedBy('Bob')).toBe(refusal);

    // As this planner writes it, through the server's check.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
    const after = produce(before, (draft) => {
      draft.lines[0]!.hours = 1_000;
    });
    writeScenario(peer, before, after, null, { change: { by: 'Bob', at: '2026-12-07T10:02:00.000Z' } });
    expect(problemWithUpdate(doc, Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc)))).toBeNull();
  });
});

describe('an agreed plan’s document', () => {
  it('refuses any change to the agreed plan, naming it and the day, and takes one to its activity', () => {
    const agreed: Scenario = { ...loadFixture(), agreed: { fromScenarioId: 'plan-1', on: '2004-04-05' } };
    const doc = documentOf(agreed);
    const changeOf = (edit: (peer: Y.Doc) => void) => {
      const peer = new Y.Doc();
      Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
      edit(peer);
      return Y.encodeStateAsUpdate(peer, Y.encodeStateVector(doc));
    };
    const refusal =
      '“2004/05 plan (Annual Report 2003/2004)” is the plan agreed on 5 April 2004 and is never changed: duplicate it to work on a copy.';
    expect(
      problemWithUpdate(
        doc,
        changeOf((peer) =>
          writeScenario(
            peer,
            agreed,
            produce(agreed, (draft) => void (draft.budgetGBP.value = 1)),
          ),
        ),
      ),
    ).toBe(refusal);
    const { agreed: _mark, ...unfrozen } = agreed;
    expect(
      problemWithUpdate(
        doc,
        changeOf((peer) => writeScenario(peer, agreed, unfrozen)),
      ),
    ).toBe(refusal);
    expect(
      problemWithUpdate(
        doc,
        changeOf((peer) => recordActivity(peer, { label: 'looked', by: 'Anne', at: '2004-04-06T09:00:00.000Z' })),
      ),
    ).toBeNull();
    expect(scenarioIn(doc)).toEqual(agreed);
  });
});
