import { useDeferredValue, useMemo, type ReactNode } from 'react';
import { formatDay } from '../domain/format';
import { useScenario } from '../store/planContext';
import { CostPerHour } from './CostPerHour';
import { ErrorSummary } from './ErrorSummary';
import { UndoControls } from './UndoControls';
import { useHashRoute } from './useHashRoute';
import { lazyView, ViewLoader, ViewOnItsWay } from './ViewLoader';
import { isViewReady, views as plannerViews, type View } from './views';

// None is needed to show the first screen: exports and imports are occasional, the banners speak
// only when saving has a problem, and the summary only when printed. All are fetched at once,
// beside the first screen, not after a click.
const FileTransferBar = lazyView(() =>
  import('../features/file-transfer/FileTransferBar').then((module) => module.FileTransferBar),
);
const SavedDataBanners = lazyView(() =>
  import('../features/file-transfer/SavedDataBanners').then((module) => module.SavedDataBanners),
);
const PrintSummary = lazyView(() => import('../features/scenarios/PrintSummary').then((module) => module.PrintSummary));

/** No views but the planner's own: the planner alone has no shared ones. */
const NO_SHARED_VIEWS: readonly View[] = [];

/**
 * The shell: the header with the scenario, the live £ per hour and undo; the navigation; the open
 * view. `sharedStatus` is the shared workspace's connection, and `sharedViews` the views only it
 * has (the decision log), made by its own chunk when there is one.
 */
export function App({
  sharedStatus = null,
  sharedViews = NO_SHARED_VIEWS,
}: {
  sharedStatus?: ReactNode;
  sharedViews?: readonly View[];
}) {
  const views = useMemo(() => [...plannerViews, ...sharedViews], [sharedViews]);
  const viewIds = useMemo(() => views.map((view) => view.id), [views]);
  const name = useScenario((scenario) => scenario.name);
  const planningYear = useScenario((scenario) => scenario.planningYear);
  const agreedOn = useScenario((scenario) => scenario.agreed?.on ?? null);
  const chosenId = useHashRoute(viewIds, 'budget');
  const chosen = views.find((candidate) => candidate.id === chosenId) ?? views[0];
  // A view whose code is here opens at once. While the chosen one's code is on its way the view
  // before stays, and React renders the new one in the background to show it when it can, rather
  // than a fallback, which React would hold for 300 ms.
  const deferredId = useDeferredValue(chosenId);
  const viewId = chosen && isViewReady(chosen) ? chosenId : deferredId;
  const view = views.find((candidate) => candidate.id === viewId) ?? views[0];
  // The same element while the view is the same, so that choosing another does not first redraw this one.
  const viewContent = useMemo(() => view && <view.Content />, [view]);
  const title = `${chosen?.title ?? ''} – ${planningYear} – Inspection Hours Planner`;

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the plan
      </a>
      <header className="masthead">
        <div>
          <p className="masthead__product">Inspection Hours Planner</p>
          <h1 className="masthead__title">{name}</h1>
          <p className="masthead__year">Financial year {planningYear} (April to March)</p>
          {agreedOn !== null && (
            <p className="masthead__agreed">
              The plan agreed on {formatDay(agreedOn)}, frozen: nothing in it can be changed. To work on it, duplicate
              it in <a href="#/scenarios">Scenarios</a>.
            </p>
          )}
        </div>
        <UndoControls />
        <CostPerHour />
      </header>
      {sharedStatus}
      <nav className="views" aria-label="Views">
        <ul>
          {views.map((candidate) => (
            <li key={candidate.id}>
              <a href={`#/${candidate.id}`} aria-current={candidate.id === chosenId ? 'page' : undefined}>
                {candidate.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ViewLoader name="the export and import bar" loading={<div className="file-transfer-placeholder" />}>
        <FileTransferBar />
      </ViewLoader>
      <ViewLoader name="the notices about saving" loading={null}>
        <SavedDataBanners />
      </ViewLoader>
      <main id="main" className="layout">
        <ErrorSummary title={title} />
        <ViewOnItsWay name={chosenId === viewId ? null : (chosen?.name ?? null)} />
        {view && <ViewLoader name={view.name}>{viewContent}</ViewLoader>}
      </main>
      <ViewLoader name="the printed summary" loading={null}>
        <PrintSummary />
      </ViewLoader>
    </>
  );
}
