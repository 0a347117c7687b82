import { usePlan } from '../store/planContext';

/**
 * Shows or hides proposed (tentative) joint work in every total, as capacity planners do. One
 * setting for the whole planner, so two views never disagree about what their totals include.
 */
export function TentativeToggle() {
  const showTentative = usePlan((state) => state.showTentative);
  const setShowTentative = usePlan((state) => state.setShowTentative);
  return (
    <div className="tentative-toggle">
      <input
        id="show-tentative"
        type="checkbox"
        checked={showTentative}
        onChange={(event) => setShowTentative(event.target.checked)}
      />
      <label htmlFor="show-tentative">Include proposed (tentative) work in totals</label>
    </div>
  );
}
