import { serializeScenario } from '../../domain/scenarioFile';
import { allocationCsv, esiScheduleCsv, exportFileName } from '../../domain/scenarioExport';
import type { Scenario } from '../../domain/types';
import { downloadText } from '../../shared/downloadFile';
import { reportFor } from '../../store/reports';

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
