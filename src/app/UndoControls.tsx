import { useEffect } from 'react';
import { usePlan, usePlanEditable } from '../store/planContext';

/**
 * Undo and redo, named for the step they take back or repeat; Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y work anywhere on the
 * page but in an open dialog. Not shown while the plan is read-only, when the store refuses both.
 */
export function UndoControls() {
  const undoLabel = usePlan((state) => state.past.at(-1)?.label ?? null);
  const redoLabel = usePlan((state) => state.future.at(-1)?.label ?? null);
  const undo = usePlan((state) => state.undo);
  const redo = usePlan((state) => state.redo);
  const editable = usePlanEditable();

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      // A dialog asks the user about the plan as it stands; changing the plan under it would leave it asking about something gone.
      if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') redo();
      else return;
      // The planner's history replaces the browser's own, which would undo only the text of one field.
      event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);

  if (!editable) return null;
  return (
    <div className="undo-controls" role="group" aria-label="History">
      <button
        type="button"
        className="button button--secondary"
        onClick={undo}
        disabled={undoLabel === null}
        aria-keyshortcuts="Control+Z"
      >
        {undoLabel === null ? 'Undo' : `Undo: ${undoLabel}`}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={redo}
        disabled={redoLabel === null}
        aria-keyshortcuts="Control+Shift+Z Control+Y"
      >
        {redoLabel === null ? 'Redo' : `Redo: ${redoLabel}`}
      </button>
    </div>
  );
}
