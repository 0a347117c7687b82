import { useEffect } from 'react';
import { usePlan } from '../store/planContext';
import type { FieldDraft } from '../store/screenState';

/** The GOV.UK error summary: what is wrong with what was typed, each linking to its field; the page title says so too. */
export function ErrorSummary({ title }: { title: string }) {
  const drafts = usePlan((state) => state.drafts);
  // A form's own summary lists its problems beside it; the title still says there is one.
  const formHasProblems = usePlan((state) => state.formsWithProblems.length > 0);
  const problems = (Object.entries(drafts) as [string, FieldDraft][]).flatMap(([field, draft]) =>
    draft.problem === null ? [] : [{ field, problem: draft.problem, inputId: draft.inputId }],
  );

  const anyProblem = problems.length > 0 || formHasProblems;
  useEffect(() => {
    document.title = anyProblem ? `Error: ${title}` : title;
  }, [anyProblem, title]);

  if (problems.length === 0) return null;
  return (
    <div className="error-summary" aria-labelledby="error-summary-title" role="region">
      <h2 id="error-summary-title">There is a problem</h2>
      <p>The figures below still use the last valid value of each field.</p>
      <ul>
        {problems.map(({ field, problem, inputId }) => (
          <li key={field}>
            <a href={`#${inputId}`}>{problem}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}
