import { readFileSync } from 'node:fs';
import type { Scenario } from '../../src/domain/types';

const fixtureText = readFileSync(new URL('../../fixtures/hmip-2004-05.json', import.meta.url), 'utf8');

/** A fresh copy of the 2004/05 plan from the shipped fixture, safe to modify. */
export function loadFixture(): Scenario {
  return (JSON.parse(fixtureText) as { scenario: Scenario }).scenario;
}
