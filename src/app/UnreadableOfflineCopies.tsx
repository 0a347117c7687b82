import { formatNumber } from '../domain/format';
import { downloadFile } from '../shared/downloadFile';
import { formatSharedTime } from '../shared/sharedTime';
import type { SharedConnection, UnreadableCopy } from '../sync/connection';

/** "inspection-hours-planner-unreadable-offline-copy-2026-12-07T09-14-03-000Z.bin" from when it was found. */
const fileName = (copy: UnreadableCopy) =>
  `inspection-hours-planner-unreadable-offline-copy-${copy.foundAt.replace(/[^A-Za-z0-9]+/g, '-').replace(/-+$/, '')}.bin`;

/**
 * Offline copies this browser could not read, as the planner alone treats saved data it cannot
 * read: the person is told, and offered the bytes exactly as they were, until they delete them.
 */
export function UnreadableOfflineCopies({
  copies,
  connection,
  scenarioName,
}: {
  copies: UnreadableCopy[];
  connection: SharedConnection;
  /** The name of the scenario a document holds, or null for the workspace's list of scenarios. */
  scenarioName: (documentName: string) => string | null;
}) {
  return copies.map((copy) => {
    const name = scenarioName(copy.documentName);
    const subject = name === null ? 'the list of scenarios' : `“${name}”`;
    const size = `${formatNumber(copy.size)} ${copy.size === 1 ? 'byte' : 'bytes'}`;
    return (
      <div key={copy.key} className="shared-status__problem" role="alert">
        <p>
          This browser’s offline copy of {subject} could not be read, so it was loaded from the server instead; nothing
          on the server was changed.{' '}
          {copy.keptAside
            ? `The unreadable copy (${size}, found ${formatSharedTime(copy.foundAt)}) is kept aside in this browser until you delete it, and new changes are kept offline again.`
            : `The unreadable copy (${size}) could not be kept aside, so it is left as it was and changes to ${subject} are not kept offline in this browser.`}
        </p>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            const bytes = connection.unreadableBytes(copy.key);
            // A copy of its own, so the Blob is made from an ArrayBuffer as the type of Blob asks.
            if (bytes)
              downloadFile(new Blob([new Uint8Array(bytes)], { type: 'application/octet-stream' }), fileName(copy));
          }}
        >
          Download the unreadable copy
        </button>{' '}
        {copy.keptAside && (
          <button
            type="button"
            className="button button--secondary"
            onClick={() => void connection.deleteUnreadable(copy.key)}
          >
            Delete the unreadable copy
          </button>
        )}
      </div>
    );
  });
}
