import { toCsv } from '../../domain/csv';
import { DECISION_KINDS } from '../../domain/decisions';
import type { LoggedDecision } from '../../sync/decisionLogDocument';
import { formatSharedDate } from '../../shared/sharedTime';

/**
 * The decisions as a CSV file for Excel, in the order given: the time as the screen shows it and
 * as ISO 8601 (which sorts and reads back exactly), who, the kind, and the figures before and after.
 * Names and labels are members' text, so the CSV helpers' formula guard applies to every cell.
 */
export function decisionLogCsv(entries: readonly LoggedDecision[]): string {
  return toCsv([
    ['When', 'Time (ISO 8601)', 'Who', 'Kind', 'Decision', 'Before', 'After'],
    ...entries.map((entry) => [
      formatSharedDate(entry.at),
      entry.at,
      entry.by,
      DECISION_KINDS[entry.kind],
      entry.label,
      entry.before,
      entry.after,
    ]),
  ]);
}
