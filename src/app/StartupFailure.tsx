/** Shown instead of the planner when the plan it opens on cannot be had: says why, rather than a blank page. */
export function StartupFailure({
  problems,
  title = 'The planner could not open the 2004/05 plan',
}: {
  problems: string[];
  title?: string;
}) {
  return (
    <main id="main" className="layout">
      <div className="error-summary" role="alert">
        <h1>{title}</h1>
        <ul>
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
        <p>Nothing saved in this browser has been changed. Reloading the page tries again.</p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          Reload
        </button>
      </div>
    </main>
  );
}
