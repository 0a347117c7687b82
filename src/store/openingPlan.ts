/**
 * The plan the planner opens on (the report's 2004/05 plan), fetched from beside the planner as a
 * scenario file when it is first needed: on a first visit, or for a new scenario. A returning
 * visitor's plan is in the browser's storage, so their first screen does without it.
 */
import { parseScenarioFile } from '../domain/scenarioFile';
import type { Scenario } from '../domain/types';
import { errorMessage } from '../domain/unknownValues';

/** The plan could not be had: each problem is a sentence, for the screen. */
export class OpeningPlanUnavailable extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(' '));
    this.name = 'OpeningPlanUnavailable';
  }
}

/**
 * Fetches and parses the plan at `url` once, through the same parser as any file from outside; a
 * failed fetch is not kept, so asking again tries again.
 */
export function openingPlanLoader(
  url: string,
  fetchText: (url: string) => Promise<Response> = fetch,
): () => Promise<Scenario> {
  let loading: Promise<Scenario> | null = null;
  const load = async (): Promise<Scenario> => {
    let text: string;
    try {
      const response = await fetchText(url);
      if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`.trim());
      text = await response.text();
    } catch (error) {
      throw new OpeningPlanUnavailable([
        `The 2004/05 plan could not be fetched from the server (${errorMessage(error)}); the network may be down.`,
      ]);
    }
    const parsed = parseScenarioFile(text);
    if (!parsed.ok) throw new OpeningPlanUnavailable(parsed.problems);
    return parsed.scenario;
  };
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}
