import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import reportPlanFile from '../fixtures/hmip-2004-05.json?raw';
import { App } from './app/App';
import { StartupFailure } from './app/StartupFailure';
import { parseScenarioFile } from './domain/scenarioFile';
import { createPlanStore, workspaceOf } from './store/planStore';
import { PlanStoreProvider } from './store/planContext';
import './app/app.css';

const newId = () => crypto.randomUUID();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');

// The shipped plan goes through the same parser as any file from outside, so it is checked the same way.
const parsed = parseScenarioFile(reportPlanFile);

createRoot(rootElement).render(
  <StrictMode>
    {parsed.ok ? (
      <PlanStoreProvider store={createPlanStore(workspaceOf(parsed.scenario, newId()), { baseline: parsed.scenario, newId })}>
        <App />
      </PlanStoreProvider>
    ) : (
      <StartupFailure problems={parsed.problems} />
    )}
  </StrictMode>,
);
