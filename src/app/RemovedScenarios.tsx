import type { Removal } from '../sync/workspaceIndex';
import { formatSharedTime } from '../shared/sharedTime';

/**
 * The scenarios taken out of the shared workspace, each with who removed it and when, and a way to
 * put it back: removing one takes it out of everyone's list, so it must never be a loss.
 */
export function RemovedScenarios({
  removed,
  restore,
}: {
  removed: (Removal & { id: string })[];
  restore: (id: string) => void;
}) {
  if (removed.length === 0) return null;
  return (
    <details className="shared-status__more">
      <summary>
        {removed.length === 1 ? 'A scenario was removed' : `${removed.length} scenarios were removed`} from the shared
        workspace, and can be put back
      </summary>
      <ul>
        {removed.map(({ id, name, by, at }) => (
          <li key={id}>
            {name}, removed by {by} on <time dateTime={at}>{formatSharedTime(at)}</time>{' '}
            <button type="button" className="button button--secondary" onClick={() => restore(id)}>
              Put “{name}” back
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
