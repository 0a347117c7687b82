import { useEffect } from 'react';
import { usePlan } from '../store/planContext';
import type { EditableField } from '../store/planStore';

const fieldInputId = (field: EditableField) => (field.startsWith('line:') ? `line-${field.slice(5)}` : {
  budgetGBP: 'budget',
  deployableHours: 'deployable-hours',
  ceilingGBPPerHour: 'ceiling',
}[field as 'budgetGBP' | 'deployableHours' | 'ceilingGBPPerHour']);

/** The GOV.UK error summary: what is wrong with what was typed, each linking to its field; the page title says so too. */
export function ErrorSummary({ title }: { title: string }) {
  const problems = usePlan((state) => state.inputProblems);
  const entries = Object.entries(problems) as [EditableField, string][];

  useEffect(() => {
    document.title = entries.length > 0 ? `Error: ${title}` : title;
  }, [entries.length, title]);

  if (entries.length === 0) return null;
  return (
    <div className="error-summary" aria-labelledby="error-summary-title" role="region">
      <h2 id="error-summary-title">There is a problem</h2>
      <p>The figures below still use the last valid value of each field.</p>
      <ul>
        {entries.map(([field, problem]) => (
          <li key={field}><a href={`#${fieldInputId(field)}`}>{problem}</a></li>
        ))}
      </ul>
    </div>
  );
}
