import { useCallback, useEffect, useState, type ChangeEvent } from 'react';
import { describeSize, MAX_FILE_BYTES, parseScenarioFile } from '../../domain/scenarioFile';
import { usePlan, usePlanStore } from '../../store/planContext';
import { activeScenario } from '../../store/workspace';
import { errorMessage } from '../../domain/unknownValues';
import { downloadAllocationCsv, downloadEsiScheduleCsv, downloadScenarioFile } from './downloads';
import { downloadWorkbook, WorkbookWriterUnavailable } from './workbookDownload';
import './fileTransfer.css';
import { scenarioVerbs } from '../../store/slices/scenarioVerbs';

type ImportOutcome =
  | { kind: 'refused'; fileName: string; problems: string[] }
  | { kind: 'imported'; fileName: string; scenarioName: string; migratedFrom: number | null };

/** The file's problems, or none when it may be read: the size is checked before a byte is read. */
function problemsBeforeReading(files: File[], readOnlyReason: string | null): string[] {
  if (readOnlyReason !== null) return [`This tab is read-only, so nothing can be imported into it. ${readOnlyReason}`];
  if (files.length > 1) return [`${files.length} files were dropped; import one scenario file at a time.`];
  const [file] = files;
  if (file && file.size > MAX_FILE_BYTES) {
    return [
      `The file is ${describeSize(file.size)}; a scenario file may be at most ${MAX_FILE_BYTES / (1024 * 1024)} MB. It was not read.`,
    ];
  }
  return [];
}

/** Why the Excel file could not be offered, and what the user can do about it. */
function workbookFailure(error: unknown): string {
  if (error instanceof WorkbookWriterUnavailable)
    return `${error.message} Check your connection and try again; if it still fails, reload the page.`;
  return `Writing the file failed: ${errorMessage(error)}`;
}

/** Whether a drag carries files (rather than text or a link from the page). */
const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;

/**
 * Export the open scenario (its file, CSV, and a workbook for Excel) and import a scenario file, by the
 * picker or by dropping it anywhere on the page. A file that cannot be imported changes nothing
 * and is answered with every problem, each naming its field. While the plan is read-only only export is
 * offered; a file dropped all the same is answered with why it was not imported.
 */
export function FileTransferBar() {
  const store = usePlanStore();
  // The open scenario is read when an export is asked for, so edits do not re-render the bar.
  const openScenario = () => activeScenario(store.getState().workspace);
  const readOnlyReason = usePlan((state) => state.readOnlyReason);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const [writingWorkbook, setWritingWorkbook] = useState(false);
  const [workbookError, setWorkbookError] = useState<string | null>(null);

  const onDownloadWorkbook = () => {
    setWorkbookError(null);
    setWritingWorkbook(true);
    downloadWorkbook(openScenario())
      .catch((error: unknown) => setWorkbookError(workbookFailure(error)))
      .finally(() => setWritingWorkbook(false));
  };

  const importFiles = useCallback(
    async (files: File[]) => {
      const [file] = files;
      if (!file) return;
      setOutcome(null);
      const refused = problemsBeforeReading(files, store.getState().readOnlyReason);
      if (refused.length > 0) {
        setOutcome({ kind: 'refused', fileName: file.name, problems: refused });
        return;
      }
      const parsed = parseScenarioFile(await file.text());
      if (!parsed.ok) {
        setOutcome({ kind: 'refused', fileName: file.name, problems: parsed.problems });
        return;
      }
      scenarioVerbs(store).addImportedScenario(parsed.scenario);
      setOutcome({
        kind: 'imported',
        fileName: file.name,
        scenarioName: activeScenario(store.getState().workspace).name,
        migratedFrom: parsed.migratedFrom,
      });
    },
    [store],
  );

  useEffect(() => {
    // Counted because dragenter and dragleave fire for every element the pointer crosses.
    let depth = 0;
    const onDragEnter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const onDragOver = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const onDragLeave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const onDrop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the browser would open the dropped file in place of the planner.
      event.preventDefault();
      depth = 0;
      setDragging(false);
      void importFiles(Array.from(event.dataTransfer?.files ?? []));
    };
    window.addEventListener('dragenter', onDragEnter);
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('dragleave', onDragLeave);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onDragEnter);
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('dragleave', onDragLeave);
      window.removeEventListener('drop', onDrop);
    };
  }, [importFiles]);

  const onPick = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? []);
    // Cleared so that picking the same file again, once fixed, is seen as a new choice.
    event.target.value = '';
    void importFiles(files);
  };

  return (
    <section className="file-transfer" aria-labelledby="file-transfer-heading">
      <h2 id="file-transfer-heading" className="visually-hidden">
        Export and import
      </h2>
      <div className="file-transfer__bar">
        <div className="file-transfer__group" role="group" aria-labelledby="export-label">
          <span id="export-label" className="file-transfer__label">
            Export this scenario:
          </span>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => downloadScenarioFile(openScenario())}
          >
            Scenario file
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => downloadAllocationCsv(openScenario())}
          >
            Lines as CSV
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => downloadEsiScheduleCsv(openScenario())}
          >
            ESI schedule as CSV
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={onDownloadWorkbook}
            disabled={writingWorkbook}
            aria-describedby="excel-hint"
          >
            Download for Excel (.xlsx)
          </button>
          <span id="excel-hint" className="file-transfer__hint">
            with live formulas
          </span>
        </div>
        {readOnlyReason === null && (
          <div className="file-transfer__group">
            <input
              id="import-file"
              className="file-transfer__input visually-hidden"
              type="file"
              accept=".json,application/json"
              onChange={onPick}
              aria-describedby="import-hint"
            />
            <label htmlFor="import-file" className="button button--secondary">
              Import a scenario file
            </label>
            <span id="import-hint" className="file-transfer__hint">
              or drop a file on the page (up to 5 MB)
            </span>
          </div>
        )}
      </div>
      {workbookError !== null && (
        <div className="error-summary file-transfer__error" role="alert" aria-labelledby="excel-error-title">
          <h2 id="excel-error-title">The Excel file could not be made</h2>
          <p>{workbookError}</p>
          <p>Your scenarios have not changed, and the other exports still work.</p>
        </div>
      )}
      {outcome?.kind === 'refused' && (
        <div className="error-summary file-transfer__error" role="alert" aria-labelledby="import-error-title">
          <h2 id="import-error-title">{outcome.fileName} could not be imported</h2>
          <p>Nothing was imported and your scenarios have not changed. What is wrong with the file:</p>
          <ul>
            {outcome.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          {readOnlyReason === null && <p>Correct the file and import it again.</p>}
        </div>
      )}
      <div role="status" className={outcome?.kind === 'imported' ? 'file-transfer__done' : undefined}>
        {outcome?.kind === 'imported' && (
          <p>
            Imported <strong>{outcome.scenarioName}</strong> from {outcome.fileName} and opened it
            {outcome.migratedFrom === null ? '' : ` (upgraded from a version ${outcome.migratedFrom} file)`}. Undo
            removes it again.
          </p>
        )}
      </div>
      {dragging && readOnlyReason === null && (
        <div className="file-transfer__drop-hint" aria-hidden="true">
          <p>Drop the scenario file to import it</p>
        </div>
      )}
    </section>
  );
}
