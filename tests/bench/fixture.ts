import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseScenarioFile } from '../../src/domain/scenarioFile';
import type { Scenario } from '../../src/domain/types';

const fixturePath = fileURLToPath(new URL('../../fixtures/hmip-2004-05.json', import.meta.url));

/** The shipped 2004/05 plan, read the way the planner reads any file (upgraded to the current version, checked). */
export function loadFixture(): Scenario {
  const result = parseScenarioFile(readFileSync(fixturePath, 'utf8'));
  if (!result.ok) throw new Error(`${fixturePath} is not a scenario the planner can read:\n${result.problems.join('\n')}`);
  return result.scenario;
}
