import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import reportPlanFile from '../fixtures/hmip-2004-05.json?raw';
import { App } from './app/App';
import { StartupFailure } from './app/StartupFailure';
import { parseScenarioFile } from './domain/scenarioFile';
import { browserStorage, connectToPage, createPersistence } from './store/persistence';
import { PersistenceProvider } from './store/persistenceContext';
import { createPlanStore } from './store/planStore';
import { workspaceOf } from './store/workspace';
import { PlanStoreProvider } from './store/planContext';
import './app/app.css';

const newId = () => crypto.randomUUID();

const rootElement = document.getElementById('root');
if (!rootElement) throw new Error('index.html has no #root element');
const root = createRoot(rootElement);

// The shipped plan goes through the same parser as any file from outside, so it is checked the same way.
const parsed = parseScenarioFile(reportPlanFile);

if (parsed.ok) {
  const baseline = parsed.scenario;
  const storage = browserStorage(window);
  const persistence = createPersistence({ storage, now: () => new Date(), writerId: newId() });
  // What was saved, or the 2004/05 plan when nothing saved can be used.
  const store = createPlanStore(persistence.open(() => workspaceOf(baseline, newId())), { baseline, newId });
  persistence.attach(store);
  connectToPage(persistence, window, storage);
  root.render(
    <StrictMode>
      <PlanStoreProvider store={store}>
        <PersistenceProvider persistence={persistence}>
          <App />
        </PersistenceProvider>
      </PlanStoreProvider>
    </StrictMode>,
  );
} else {
  root.render(
    <StrictMode>
      <StartupFailure problems={parsed.problems} />
    </StrictMode>,
  );
}
