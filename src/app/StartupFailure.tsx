/** Shown instead of the planner when the built-in plan cannot be read: says why, rather than a blank page. */
export function StartupFailure({ problems }: { problems: string[] }) {
  return (
    <main id="main" className="layout">
      <div className="error-summary" role="alert">
        <h1>The planner could not open the 2004/05 plan</h1>
        <ul>{problems.map((problem) => <li key={problem}>{problem}</li>)}</ul>
      </div>
    </main>
  );
}
