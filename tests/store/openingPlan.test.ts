import { describe, expect, it } from 'vitest';
import { OpeningPlanUnavailable, openingPlanLoader } from '../../src/store/openingPlan';
import { FIXTURE_TEXT, loadFixture } from '../support/fixture';

/** A fetch that answers each call with the next of `answers`, counting the calls. */
function scriptedFetch(answers: (() => Response)[]) {
  const calls: string[] = [];
  const fetchText = (url: string) => {
    calls.push(url);
    const answer = answers[calls.length - 1];
    return answer ? Promise.resolve(answer()) : Promise.reject(new TypeError('Failed to fetch'));
  };
  return { calls, fetchText };
}

async function problemsOf(promise: Promise<unknown>): Promise<string[]> {
  const error: unknown = await promise.then(
    () => null,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(OpeningPlanUnavailable);
  return (error as OpeningPlanUnavailable).problems;
}

describe('the opening plan loader', () => {
  it('fetches the 2004/05 plan once, parsed to the shipped scenario', async () => {
    const { calls, fetchText } = scriptedFetch([() => new Response(FIXTURE_TEXT)]);
    const load = openingPlanLoader('/plan.json', fetchText);
    const [first, second] = await Promise.all([load(), load()]);
    expect(first).toEqual(loadFixture());
    expect(second).toBe(first);
    expect(first.budgetGBP.value).toBe(3_200_000);
    expect(calls).toEqual(['/plan.json']);
  });

  it('names a network failure and a refusal by the server, and tries again when asked again', async () => {
    const { calls, fetchText } = scriptedFetch([
      () => {
        throw new TypeError('Failed to fetch');
      },
      () => new Response('gone', { status: 404, statusText: 'Not Found' }),
      () => new Response(FIXTURE_TEXT),
    ]);
    const load = openingPlanLoader('/plan.json', fetchText);
    expect(await problemsOf(load())).toEqual([
      'The 2004/05 plan could not be fetched from the server (Failed to fetch); the network may be down.',
    ]);
    expect(await problemsOf(load())).toEqual([
      'The 2004/05 plan could not be fetched from the server (the server answered 404 Not Found); the network may be down.',
    ]);
    expect((await load()).planningYear).toBe('2004/05');
    expect(calls).toHaveLength(3);
  });

  it('refuses a file that is not a scenario, with the parser’s problems', async () => {
    const { fetchText } = scriptedFetch([() => new Response('{"format":"something else"}')]);
    const problems = await problemsOf(openingPlanLoader('/plan.json', fetchText)());
    expect(problems.join(' ')).toMatch(/format/);
  });
});
