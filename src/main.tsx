import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import openingPlanUrl from '../fixtures/hmip-2004-05.json?url';
import { App } from './app/App';
import { StartupFailure } from './app/StartupFailure';
import { errorMessage } from './domain/unknownValues';
import { OpeningPlanUnavailable, openingPlanLoader } from './store/openingPlan';
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

const loadBaseline = openingPlanLoader(openingPlanUrl);

/** The planner alone in this browser, saved in its storage: the default. */
async function startAlone() {
  const storage = browserStorage(window);
  const persistence = createPersistence({ storage, now: () => new Date(), writerId: newId() });
  // What was saved, or the 2004/05 plan when nothing saved can be used.
  const workspace = await persistence.open(async () => workspaceOf(await loadBaseline(), newId()));
  const store = createPlanStore(workspace, { loadBaseline, newId });
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
}

const sharing = new URLSearchParams(window.location.search).has('shared');
function showFailure(error: unknown) {
  root.render(
    <StrictMode>
      <StartupFailure
        title={sharing ? 'The planner could not open the shared workspace' : undefined}
        problems={error instanceof OpeningPlanUnavailable ? error.problems : [errorMessage(error)]}
      />
    </StrictMode>,
  );
}
// The shared workspace's code, sign-in included, is fetched only when the page opens it.
const started = sharing
  ? import('./app/startShared').then(({ startShared }) =>
      startShared({ root, loadBaseline, newId, createPlanStore, showFailure }),
    )
  : startAlone();
started.catch(showFailure);
