import { StrictMode } from 'react';
import type { Root } from 'react-dom/client';
import type { Scenario, Workspace } from '../domain/types';
import { PlanStoreProvider } from '../store/planContext';
import type { PlanStore, PlanStoreOptions } from '../store/planStore';
import type { Credentials } from '../sync/connection';
import { App } from './App';
import { openSharedPlanner, SignInNeeded } from './openSharedPlanner';
import { SignInPage } from './SignInForm';

interface SharedStart {
  root: Root;
  loadBaseline: () => Promise<Scenario>;
  newId: () => string;
  createPlanStore: (workspace: Workspace, options: PlanStoreOptions) => PlanStore;
  showFailure: (error: unknown) => void;
}

/**
 * The group's shared workspace on the server this page came from (`npm run serve`), opened by the
 * address it prints. Where it lets in only its members, the sign-in is asked for first and kept in
 * this page's memory alone.
 */
export async function startShared(start: SharedStart, credentials: Credentials | null = null): Promise<void> {
  const { root, loadBaseline, newId, createPlanStore, showFailure } = start;
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
          onSignIn={(given) => void startShared(start, given).catch(showFailure)}
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
