/**
 * The way back from a change the server refused as invalid: the person's version is kept among
 * the scenarios this browser holds for the planner alone, then the document's offline copy is
 * deleted and the page reloads it from the server.
 */
import { errorMessage } from '../domain/unknownValues';
import { keepInThisBrowser } from '../store/keptInThisBrowser';
import { browserStorage } from '../store/persistence';
import type { SharedBinding } from '../store/sharedBinding';
import type { SharedConnection } from '../sync/connection';
import { scenarioIdOf } from '../sync/workspaceIndex';
import type { RefusalRecovery } from './RefusedChange';

export function refusalRecovery({
  connection,
  binding,
  newId,
}: {
  connection: SharedConnection;
  binding: SharedBinding;
  newId: () => string;
}): RefusalRecovery {
  /** The documents whose refused version is already kept: tried again, it is not kept twice. */
  const keptAlready = new Set<string>();
  const versionOf = (documentName: string) => {
    const id = scenarioIdOf(documentName);
    return id === null ? null : binding.versionShown(id);
  };

  return {
    scenarioName: (documentName) => {
      const id = scenarioIdOf(documentName);
      return id === null ? null : (versionOf(documentName)?.name ?? id);
    },
    keepAndReload: async (documentName) => {
      const version = versionOf(documentName);
      const kept = version && { ...version, name: `${version.name} (my version)` };
      if (kept && !keptAlready.has(documentName)) {
        const problem = keepInThisBrowser(browserStorage(window), kept, {
          id: newId(),
          now: new Date(),
          writerId: newId(),
        });
        if (problem !== null)
          throw new Error(
            `Your version could not be kept in this browser (${problem}), so nothing was changed. Export it with “Scenario file” to keep it.`,
          );
        keptAlready.add(documentName);
      }
      try {
        await connection.discardOfflineCopy(documentName);
      } catch (error) {
        const where = kept ? `Your version is kept in this browser as “${kept.name}”, but the` : 'The';
        throw new Error(`${where} shared version could not be loaded: ${errorMessage(error)}.`, { cause: error });
      }
      window.location.reload();
    },
  };
}
