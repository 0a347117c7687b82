import { useEffect, useRef, useState, type ReactNode, type Ref } from 'react';
import { flushSync } from 'react-dom';
import { usePlan } from '../store/planContext';
import type { FormProblem, FormResult } from './formProblems';
import './formParts.css';

/**
 * A form's input and the problems its last submission found. `submit` names every problem, moving
 * focus to their summary, and returns null; or, when the input is valid, starts the form afresh
 * from `next` and returns the value read from it.
 */
export function useCheckedForm<Input, Value>(
  formId: string,
  initial: () => Input,
  read: (input: Input) => FormResult<Value>,
  next: (input: Input) => Input,
) {
  const [input, setInput] = useState(initial);
  const [problems, setProblems] = useState<FormProblem[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  const setFormHasProblems = usePlan((state) => state.setFormHasProblems);
  // The title's "Error:" lasts while the form shows its problems, and not after the form has gone.
  useEffect(() => {
    setFormHasProblems(formId, problems.length > 0);
    return () => setFormHasProblems(formId, false);
  }, [formId, problems.length, setFormHasProblems]);
  const change = <K extends keyof Input>(key: K, value: Input[K]) =>
    setInput((current) => ({ ...current, [key]: value }));
  const submit = (): Value | null => {
    const result = read(input);
    if (!result.ok) {
      // Rendered at once, so the summary exists to take focus.
      flushSync(() => setProblems(result.problems));
      summaryRef.current?.focus();
      return null;
    }
    setProblems([]);
    setInput(next(input));
    return result.value;
  };
  return { input, change, problems, summaryRef, submit };
}

/** The GOV.UK error summary for one form: each problem links to its input; the form moves focus here on a failed submit. */
export function FormErrorSummary({
  id,
  problems,
  ref,
}: {
  id: string;
  problems: readonly FormProblem[];
  ref: Ref<HTMLDivElement>;
}) {
  if (problems.length === 0) return null;
  return (
    <div
      ref={ref}
      className="error-summary form-error-summary"
      role="region"
      aria-labelledby={`${id}-title`}
      tabIndex={-1}
    >
      <h3 id={`${id}-title`}>There is a problem</h3>
      <p>Nothing has been added.</p>
      <ul>
        {problems.map((problem) => (
          <li key={problem.inputId}>
            <a href={`#${problem.inputId}`}>{problem.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface TextFieldProps {
  id: string;
  label: string;
  hint?: ReactNode;
  problem: string | null;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date';
  inputMode?: 'decimal';
  wide?: boolean;
}

/** A text input in the GOV.UK pattern: label, hint, and the message beside it when the last submission found a problem. */
export function TextField({
  id,
  label,
  hint,
  problem,
  value,
  onChange,
  type = 'text',
  inputMode,
  wide,
}: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = problem ? `${id}-error` : undefined;
  return (
    <div className={`field${problem ? ' field--error' : ''}${wide ? ' field--wide' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <div id={hintId} className="field__hint">
          {hint}
        </div>
      )}
      {problem && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">Error: </span>
          {problem}
        </p>
      )}
      <input
        id={id}
        className="field__input"
        type={type}
        inputMode={inputMode}
        autoComplete="off"
        aria-invalid={problem ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
