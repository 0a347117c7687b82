/**
 * The shipped 2004/05 plan, read from fixtures/ for every kind of test: unit, component, CLI,
 * bench and the Node side of e2e. It imports nothing from the DOM, so each of those can use it.
 * The path is built from import.meta.dirname, not `new URL(…, import.meta.url)`: under jsdom, Vite
 * rewrites the latter into a URL on its dev server.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Scenario, Workspace } from '../../src/domain/types';

/** A scenario file as written: the format's name, its version and the scenario. */
export interface ScenarioFileDocument {
  format: string;
  version: number;
  scenario: Scenario;
}

export const FIXTURE_PATH = join(import.meta.dirname, '../../fixtures/hmip-2004-05.json');

/** The file's text, exactly as shipped. */
export const FIXTURE_TEXT = readFileSync(FIXTURE_PATH, 'utf8');

/** A fresh copy of the whole file, safe to modify. */
export function loadFixtureFile(): ScenarioFileDocument {
  return JSON.parse(FIXTURE_TEXT) as ScenarioFileDocument;
}

/**
 * A fresh copy of the 2004/05 plan, safe to modify. Read as plain JSON rather than through
 * parseScenarioFile, so that a broken parser fails its own tests and not every test; that the
 * parser reads the file to this same scenario is itself a test (tests/domain/scenarioFile.test.ts).
 */
export function loadFixture(): Scenario {
  return loadFixtureFile().scenario;
}

/** The 2004/05 plan and a 5% budget cut of it, the cut open. */
export function twoScenarioWorkspace(): Workspace {
  const cut = loadFixture();
  cut.name = 'Budget cut 5%';
  cut.budgetGBP.value = 3_040_000;
  return {
    scenarios: [
      { id: 'plan', scenario: loadFixture() },
      { id: 'cut', scenario: cut },
    ],
    activeId: 'cut',
  };
}
