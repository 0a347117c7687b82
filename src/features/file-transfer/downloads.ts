import { serializeScenario } from '../../domain/scenarioFile';
import { allocationCsv, esiScheduleCsv, exportFileName } from '../../domain/scenarioExport';
import type { Scenario } from '../../domain/types';
import { reportFor } from '../../store/reports';
import { downloadFile } from '../../shared/downloadFile';

/** Offers text to the user as a file download. */
export function downloadText(text: string, fileName: string, type: string) {
  downloadFile(new Blob([text], { type }), fileName);
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
