import {
  Component,
  lazy,
  Suspense,
  useEffect,
  useState,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import { errorMessage } from '../domain/unknownValues';
import { usePersistence } from '../store/persistenceContext';

/**
 * Shows a part of the planner that may still be on its way from the server: "Loading…" while it
 * comes, said by screen readers, and a plain message with a way out if it cannot be fetched.
 * `name` reads in a sentence: "the ESI cycle view", "the goal seek". A part that shows nothing
 * until it has something to say passes `loading={null}`.
 */
export function ViewLoader({ name, loading, children }: { name: string; loading?: ReactNode; children: ReactNode }) {
  return (
    <ViewLoadBoundary name={name}>
      <Suspense
        fallback={
          loading === undefined ? (
            <p className="view-loading" role="status">
              Loading {name}…
            </p>
          ) : (
            loading
          )
        }
      >
        {children}
      </Suspense>
    </ViewLoadBoundary>
  );
}

/** How long a chosen view may take before the planner says it is on its way: a view already here shows sooner, and says nothing. */
const ON_ITS_WAY_AFTER_MS = 100;

/**
 * "Loading the ESI cycle view…" while a chosen view is on its way (`name`, or null when none is),
 * once it has taken a moment; an empty live region otherwise, so screen readers hear it when it is filled.
 */
export function ViewOnItsWay({ name }: { name: string | null }) {
  const [saying, setSaying] = useState<string | null>(null);
  useEffect(() => {
    if (name === null) return;
    const timer = setTimeout(() => setSaying(name), ON_ITS_WAY_AFTER_MS);
    return () => clearTimeout(timer);
  }, [name]);
  const shown = name !== null && saying === name ? name : null;
  return (
    <p className="view-loading" role="status">
      {shown === null ? '' : `Loading ${shown}…`}
    </p>
  );
}

/** A part whose code is fetched when it is first shown; `ready` once the code is here. */
export type LazyView = LazyExoticComponent<ComponentType> & { readonly ready: boolean };

/** A part whose code is fetched when it is first shown; a failed fetch is told apart from a fault in the part. */
export function lazyView(load: () => Promise<ComponentType>): LazyView {
  let ready = false;
  const view = lazy(() =>
    load().then(
      (Content) => {
        ready = true;
        return { default: Content };
      },
      (error: unknown) => {
        throw new ViewCodeUnavailable(error);
      },
    ),
  );
  return Object.defineProperty(view, 'ready', { get: () => ready }) as LazyView;
}

/** The code of a view could not be fetched: the network is down, or a newer build replaced it on the server. */
export class ViewCodeUnavailable extends Error {
  constructor(cause: unknown) {
    super("The view's code could not be fetched", { cause });
    this.name = 'ViewCodeUnavailable';
  }
}

interface BoundaryProps {
  name: string;
  children: ReactNode;
}

interface BoundaryState {
  error: unknown;
  /** The view the error belongs to. */
  name: string;
}

/** Error boundaries must be class components; this one catches a view whose code failed to load or to render. */
class ViewLoadBoundary extends Component<BoundaryProps, BoundaryState> {
  override state: BoundaryState = { error: null, name: this.props.name };

  static getDerivedStateFromError(error: unknown): Partial<BoundaryState> {
    return { error };
  }

  /**
   * Another view was chosen: it gets its own chance. Cleared before rendering, not after, so the
   * message about the failed view is never shown, not even for one commit, under the new view's name.
   */
  static getDerivedStateFromProps(props: BoundaryProps, state: BoundaryState): Partial<BoundaryState> | null {
    return props.name === state.name ? null : { error: null, name: props.name };
  }

  override render() {
    const { error } = this.state;
    if (error === null) return this.props.children;
    return <ViewLoadFailure name={this.props.name} error={error} />;
  }
}

function ViewLoadFailure({ name, error }: { name: string; error: unknown }) {
  const persistence = usePersistence();
  const reload = () => {
    // Saved first, though every edit is already on its way to storage: the reload must not outrun it.
    persistence?.flush();
    window.location.reload();
  };
  return (
    <div className="error-summary" role="alert">
      <h2>{name.charAt(0).toUpperCase() + name.slice(1)} could not be opened</h2>
      {error instanceof ViewCodeUnavailable ? (
        <p>
          The planner could not fetch this part of itself: the network may be down, or a newer version of the planner
          may have been put on the server.
        </p>
      ) : (
        <p>Something went wrong in the planner while showing it ({errorMessage(error)}).</p>
      )}
      <p>
        Your plan is saved in this browser and nothing has been lost. Reloading the page fetches the planner afresh.
      </p>
      <button type="button" className="button" onClick={reload}>
        Reload
      </button>
    </div>
  );
}
