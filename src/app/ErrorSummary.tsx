import { useEffect } from 'react';
import { usePlan } from '../store/planContext';
import type { EditableField } from '../store/planStore';

const inputIds: Record<string, string> = { budgetGBP: 'budget', deployableHours: 'deployable-hours', ceilingGBPPerHour: 'ceiling' };

/** The id of the input that edits a field, so the summary can link to it. */
function inputIdOf(field: EditableField): string {
  return field.startsWith('line:') ? `line-${field.slice('line:'.length)}` : inputIds[field] ?? field;
}

/** The GOV.UK error summary: what is wrong with what was typed, each linking to its field; the page title says so too. */
export function ErrorSummary({ title }: { title: string }) {
  const drafts = usePlan((state) => state.drafts);
  const problems = (Object.entries(drafts) as [EditableField, { problem: string | null }][])
    .flatMap(([field, draft]) => (draft.problem === null ? [] : [{ field, problem: draft.problem }]));

  useEffect(() => {
    document.title = problems.length > 0 ? `Error: ${title}` : title;
  }, [problems.length, title]);

  if (problems.length === 0) return null;
  return (
    <div className="error-summary" aria-labelledby="error-summary-title" role="region">
      <h2 id="error-summary-title">There is a problem</h2>
      <p>The figures below still use the last valid value of each field.</p>
      <ul>
        {problems.map(({ field, problem }) => (
          <li key={field}><a href={`#${inputIdOf(field)}`}>{problem}</a></li>
        ))}
      </ul>
    </div>
  );
}
