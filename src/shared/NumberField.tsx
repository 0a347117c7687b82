import { useState, type ReactNode } from 'react';
import { parseAmount, type AmountRule } from './parseAmount';

interface NumberFieldProps {
  id: string;
  label: ReactNode;
  /** Hides the label visually where a table row already shows it; screen readers still hear it. */
  labelHidden?: boolean;
  hint?: ReactNode;
  prefix?: string;
  suffix?: string;
  value: number;
  rule: AmountRule;
  /** Formats the value in force for display (no currency symbol; the prefix shows it). */
  format: (value: number) => string;
  problem: string | undefined;
  onValid: (value: number) => void;
  onProblem: (problem: string | null) => void;
}

/**
 * A number input in the GOV.UK pattern: label, hint, and an error message beside the field.
 * While what is typed is invalid, the last valid value stays in force and what was typed stays visible.
 */
export function NumberField({ id, label, labelHidden, hint, prefix, suffix, value, rule, format, problem, onValid, onProblem }: NumberFieldProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = problem ? `${id}-error` : undefined;

  const handleChange = (text: string) => {
    setDraft(text);
    const result = parseAmount(text, rule);
    if (result.ok) {
      onProblem(null);
      if (result.value !== value) onValid(result.value);
    } else {
      onProblem(result.problem);
    }
  };

  return (
    <div className={`field${problem ? ' field--error' : ''}`}>
      <label htmlFor={id} className={labelHidden ? 'visually-hidden' : 'field__label'}>{label}</label>
      {hint && <div id={hintId} className="field__hint">{hint}</div>}
      {problem && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">Error: </span>{problem}
        </p>
      )}
      <div className="field__wrap">
        {prefix && <span className="field__affix" aria-hidden="true">{prefix}</span>}
        <input
          id={id}
          className="field__input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          aria-invalid={problem ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          value={draft ?? format(value)}
          onChange={(event) => handleChange(event.target.value)}
          onBlur={() => { if (!problem) setDraft(null); }}
        />
        {suffix && <span className="field__affix" aria-hidden="true">{suffix}</span>}
      </div>
    </div>
  );
}
