import { useState } from 'react';
import { areaOf, familyOf } from '../../domain/esiLookups';
import { proposeEsiMoves, type EsiResolution } from '../../domain/esiResolve';
import type { Scenario } from '../../domain/types';
import { usePlan, usePlanEditable, usePlanStore, useVerbs } from '../../store/planContext';
import { activeScenario } from '../../store/workspace';
import { useYearsOverCapacity } from './boardSelectors';
import { esiVerbs } from '../../store/slices/esiVerbs';

interface Suggestion {
  /** The plan the proposals were made for; after any change to it they no longer apply. */
  scenario: Scenario;
  resolution: EsiResolution;
  accepted: Set<string>;
}

/**
 * Proposes moves for years over capacity, explains each, and applies only those the user keeps ticked, as one step.
 * While the plan is read-only it says which years are over capacity and offers no moves.
 */
export function ResolvePanel() {
  const store = usePlanStore();
  const overYears = useYearsOverCapacity();
  const { applyMoves } = useVerbs(esiVerbs);
  const editable = usePlanEditable();
  const [suggestion, setSuggestion] = useState<Suggestion | null>(null);
  const [applied, setApplied] = useState<string | null>(null);
  // Whether the plan is still the one the moves were suggested for: the panel re-renders when that
  // changes, not on every edit to the plan.
  const stale = usePlan((state) => suggestion !== null && activeScenario(state.workspace) !== suggestion.scenario);
  const current = stale || !editable ? null : suggestion;

  const suggest = () => {
    const scenario = activeScenario(store.getState().workspace);
    const resolution = proposeEsiMoves(scenario);
    setApplied(null);
    setSuggestion({ scenario, resolution, accepted: new Set(resolution.proposals.map((proposal) => proposal.id)) });
  };
  const toggle = (id: string, on: boolean) => {
    if (!current) return;
    const accepted = new Set(current.accepted);
    if (on) accepted.add(id);
    else accepted.delete(id);
    setSuggestion({ ...current, accepted });
  };
  const apply = () => {
    if (!current) return;
    const chosen = current.resolution.proposals.filter((proposal) => current.accepted.has(proposal.id));
    if (chosen.length === 0) return;
    const moves = chosen.flatMap((proposal) => proposal.moves);
    setApplied(
      `Applied ${chosen.length} of ${current.resolution.proposals.length} suggested ${current.resolution.proposals.length === 1 ? 'move' : 'moves'}. Undo takes them all back.`,
    );
    setSuggestion(null);
    applyMoves(moves, `apply ${chosen.length} suggested ESI ${chosen.length === 1 ? 'move' : 'moves'}`);
  };
  const title = ({ esi }: Scenario, proposalMoves: { areaId: string }[], familyId: string, to: string) => {
    if (proposalMoves.length === 1 && proposalMoves[0])
      return `Move ${areaOf(esi, proposalMoves[0].areaId)?.name ?? proposalMoves[0].areaId} to ${to}`;
    return `Move the ${familyOf(esi, familyId)?.name ?? familyId} family (${proposalMoves.length} Areas) to ${to}`;
  };

  return (
    <section className="panel esi-resolve" aria-labelledby="esi-resolve-heading">
      <h2 id="esi-resolve-heading">Resolve years over capacity</h2>
      {editable && (
        <p>
          For a year over capacity the helper suggests the fewest moves it can find, keeping families together where it
          can; nothing changes until you apply them.
        </p>
      )}
      {applied && (
        <p className="esi-resolve__applied" role="status">
          {applied}
        </p>
      )}
      <div className="esi-resolve__status">
        {overYears.length === 0 ? (
          <p>Every year of the cycle is within the hours its core line funds.</p>
        ) : (
          <>
            <p>
              {overYears.join(' and ')} {overYears.length === 1 ? 'is' : 'are'} over capacity.
            </p>
            {editable && (
              <button type="button" className="button button--secondary" onClick={suggest}>
                Suggest moves
              </button>
            )}
          </>
        )}
      </div>
      {suggestion && editable && !current && (
        <p>The plan has changed since these moves were suggested; suggest again.</p>
      )}
      {current &&
        (current.resolution.proposals.length === 0 ? (
          <p>No move fits: no year within the cycle from {current.scenario.planningYear} has room.</p>
        ) : (
          <form
            className="esi-resolve__form"
            onSubmit={(event) => {
              event.preventDefault();
              apply();
            }}
          >
            <fieldset>
              <legend>Suggested moves: untick any you do not want</legend>
              <ul className="esi-resolve__list">
                {current.resolution.proposals.map((proposal) => (
                  <li key={proposal.id} className="esi-resolve__item">
                    <input
                      type="checkbox"
                      id={`esi-${proposal.id}`}
                      checked={current.accepted.has(proposal.id)}
                      onChange={(event) => toggle(proposal.id, event.target.checked)}
                      aria-describedby={`esi-${proposal.id}-reason`}
                    />
                    <label htmlFor={`esi-${proposal.id}`}>
                      {title(current.scenario, proposal.moves, proposal.familyId, proposal.to)}
                    </label>
                    <p id={`esi-${proposal.id}-reason`} className="esi-resolve__reason">
                      {proposal.reason}
                    </p>
                  </li>
                ))}
              </ul>
            </fieldset>
            {current.resolution.unresolved.length > 0 && (
              <p className="esi-resolve__unresolved">
                Even with every move, {current.resolution.unresolved.join(' and ')} stays over capacity: no other year
                has room.
              </p>
            )}
            <button type="submit" className="button" disabled={current.accepted.size === 0}>
              Apply {current.accepted.size} selected {current.accepted.size === 1 ? 'move' : 'moves'}
            </button>
          </form>
        ))}
    </section>
  );
}
