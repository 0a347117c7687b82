import type { ReactNode } from 'react';
import { usePlan, usePlanEditable } from '../store/planContext';
import type { EditableField } from '../store/screenState';
import { parseAmount, type AmountRule } from './parseAmount';
import { formatSharedDate } from './sharedTime';

interface NumberFieldProps {
  /** The figure this field edits; its draft and problem are kept in the store under this key. */
  field: EditableField;
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
  onValid: (value: number) => void;
  /** The figure's place in the scenario, as `figurePath` names it: in a shared workspace, who last changed it is shown under it. */
  figureAt?: string;
}

/**
 * A number input in the GOV.UK pattern: label, hint, and an error message beside the field.
 * While what is typed is invalid, the last valid value stays in force and what was typed stays visible.
 * While the plan is read-only it shows the value as text under its label, with nothing to type into.
 */
export function NumberField({
  field,
  id,
  label,
  labelHidden,
  hint,
  prefix,
  suffix,
  value,
  rule,
  format,
  onValid,
  figureAt,
}: NumberFieldProps) {
  const draft = usePlan((state) => state.drafts[field]);
  const typeDraft = usePlan((state) => state.typeDraft);
  const finishTyping = usePlan((state) => state.finishTyping);
  const lastChange = usePlan((state) =>
    figureAt === undefined ? undefined : state.lastChanges[state.workspace.activeId]?.[figureAt],
  );
  const editable = usePlanEditable();
  const problem = draft?.problem ?? null;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = problem ? `${id}-error` : undefined;
  const changeId = lastChange ? `${id}-changed` : undefined;

  const handleChange = (text: string) => {
    const result = parseAmount(text, rule);
    typeDraft(field, { text, problem: result.ok ? null : result.problem, inputId: id });
    if (result.ok && result.value !== value) onValid(result.value);
  };

  return (
    <div className={`field${problem ? ' field--error' : ''}`}>
      <label htmlFor={editable ? id : undefined} className={labelHidden ? 'visually-hidden' : 'field__label'}>
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
      <div className="field__wrap">
        {prefix && (
          <span className="field__affix" aria-hidden={editable}>
            {prefix}
          </span>
        )}
        {editable ? (
          <input
            id={id}
            className="field__input"
            type="text"
            inputMode="decimal"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problem ? true : undefined}
            aria-describedby={[hintId, errorId, changeId].filter(Boolean).join(' ') || undefined}
            value={draft?.text ?? format(value)}
            onChange={(event) => handleChange(event.target.value)}
            onBlur={() => finishTyping(field)}
          />
        ) : (
          <p id={id} className="field__value">
            {format(value)}
          </p>
        )}
        {suffix && (
          <span className="field__affix" aria-hidden={editable}>
            {suffix}
          </span>
        )}
      </div>
      {lastChange && (
        <p id={changeId} className="field__changed">
          Changed by {lastChange.by},{' '}
          <time className="field__changed-time" dateTime={lastChange.at}>
            {formatSharedDate(lastChange.at)}
          </time>
        </p>
      )}
    </div>
  );
}
