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
import type { Credentials } from './sync/connection';
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

/**
 * The group's shared workspace on the server this page came from (`npm run serve`), opened by the
 * address it prints. Where it lets in only its members, the sign-in is asked for first and kept in
 * this page's memory alone.
 */
async function startShared(credentials: Credentials | null = null): Promise<void> {
  const [{ openSharedPlanner, SignInNeeded }, { SignInPage }] = await Promise.all([
    import('./app/openSharedPlanner'),
    import('./app/SignInForm'),
  ]);
  const syncUrl = `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}`;
  let opened;
  try {
    opened = await openSharedPlanner({ url: syncUrl, loadBaseline, newId, createPlanStore, credentials });
  } catch (error) {
    if (!(error instanceof SignInNeeded)) throw error;
    root.render(
      <StrictMode>
        {/* A new page for each refusal, so the form is fresh and says why. */}
        <SignInPage
          key={Date.now()}
          problem={error.message}
          onSignIn={(given) => void startShared(given).catch(showFailure)}
        />
      </StrictMode>,
    );
    return;
  }
  const { store, sharedStatus, sharedViews } = opened;
  root.render(
    <StrictMode>
      <PlanStoreProvider store={store}>
        <App sharedStatus={sharedStatus} sharedViews={sharedViews} />
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
(sharing ? startShared() : startAlone()).catch(showFailure);
