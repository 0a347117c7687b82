import { useEffect, useRef } from 'react';
import { formatHours } from '../../domain/format';
import type { CommitmentCheck } from '../../domain/jointInspections';
import type { JointInspection } from '../../domain/types';
import { POOL_LINE } from './jointWork';

interface CommitDialogProps {
  inspection: JointInspection;
  check: CommitmentCheck;
  onCancel: () => void;
  onConfirm: () => void;
}

const hours = (value: number) => `${formatHours(value)} hours`;

/**
 * What committing a joint inspection would do, shown before anything changes. A modal dialog, so
 * focus moves into it and stays there; Escape and Cancel close it without committing.
 */
export function CommitDialog({ inspection, check, onCancel, onConfirm }: CommitDialogProps) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const pool = POOL_LINE[inspection.pool];

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
    // The least far-reaching choice takes focus, so a stray Enter commits nothing.
    cancelRef.current?.focus();
    return () => dialog?.close();
  }, []);

  return (
    <dialog
      ref={dialogRef}
      className="commit-dialog"
      aria-labelledby="commit-dialog-heading"
      aria-describedby="commit-dialog-figures"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="commit-dialog-heading">Commit {inspection.name}?</h2>
      <div id="commit-dialog-figures">
        {check.outcome === 'fits' && (
          <>
            <p>
              It needs {hours(check.hours)}. The {pool} line has {hours(check.poolLeft)} not yet committed, so it holds
              them all.
            </p>
            <dl className="commit-dialog__figures">
              <div>
                <dt>Left in the {pool} line after</dt>
                <dd>{hours(check.poolLeftAfter)}</dd>
              </div>
            </dl>
          </>
        )}
        {check.outcome === 'needs-contingency' && (
          <>
            <p>
              It needs {hours(check.hours)}, but the {pool} line has only {hours(check.poolLeft)} not yet committed. The
              rest would be drawn from contingency, and the draw recorded.
            </p>
            <dl className="commit-dialog__figures">
              <div>
                <dt>From the {pool} line</dt>
                <dd>{hours(check.fromPool)}</dd>
              </div>
              <div>
                <dt>From contingency</dt>
                <dd>{hours(check.fromContingency)}</dd>
              </div>
              <div>
                <dt>Contingency left after</dt>
                <dd>{hours(check.contingencyLeftAfter)}</dd>
              </div>
            </dl>
          </>
        )}
        {check.outcome === 'refused' && (
          <>
            <p>
              It cannot be committed: it needs {hours(check.hours)}, and the {pool} line ({hours(check.poolLeft)} not
              yet committed) and contingency ({hours(check.contingencyLeft)} left) together are short by{' '}
              {hours(check.shortBy)}. Nothing has changed.
            </p>
            <p>
              <a href="#/budget">Change the allocation in Budget and hours</a>, or lower the inspection’s estimated
              hours.
            </p>
          </>
        )}
      </div>
      <div className="commit-dialog__actions">
        {check.outcome !== 'refused' && (
          <button type="button" className="button" onClick={onConfirm}>
            Commit {inspection.name}
          </button>
        )}
        <button ref={cancelRef} type="button" className="button button--secondary" onClick={onCancel}>
          {check.outcome === 'refused' ? 'Close' : 'Cancel'}
        </button>
      </div>
    </dialog>
  );
}
