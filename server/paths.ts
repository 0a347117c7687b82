/** Where the shared planner keeps its files unless told otherwise: both the server and `npm run members` read these. */
import { dirname, join } from 'node:path';

export const DEFAULT_DATABASE_PATH = 'planner-data/planner.sqlite';

/** The members file sits beside the SQLite file, so one folder holds all a workspace is. */
export function membersPathBeside(databasePath: string): string {
  return join(dirname(databasePath), 'members.json');
}
