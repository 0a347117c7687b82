import { serializeScenario } from '../../domain/scenarioFile';
import { allocationCsv, esiScheduleCsv, exportFileName } from '../../domain/scenarioExport';
import type { Scenario } from '../../domain/types';
import { reportFor } from '../../store/reports';

/** Long enough for the browser to have started the download, which reads the object URL. */
const REVOKE_AFTER_MS = 60_000;

/** Offers text to the user as a file download. */
export function downloadText(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

export function downloadScenarioFile(scenario: Scenario) {
  downloadText(serializeScenario(scenario), exportFileName(scenario.name, '.ihp.json'), 'application/json');
}

export function downloadAllocationCsv(scenario: Scenario) {
  downloadText(
    allocationCsv(scenario, reportFor(scenario)),
    exportFileName(scenario.name, '-allocation.csv'),
    'text/csv;charset=utf-8',
  );
}

export function downloadEsiScheduleCsv(scenario: Scenario) {
  downloadText(esiScheduleCsv(scenario), exportFileName(scenario.name, '-esi-schedule.csv'), 'text/csv;charset=utf-8');
}
