/** Command-line entry: `npm run members -- COMMAND`. All the logic is in membersCommand.ts. */
import { resolve } from 'node:path';
import { text } from 'node:stream/consumers';
import { runMembersCommand } from './membersCommand';
import { DEFAULT_DATABASE_PATH, membersPathBeside } from './paths';

process.exitCode = await runMembersCommand(process.argv.slice(2), {
  defaultPath: (dataPath) =>
    process.env['PLANNER_MEMBERS'] ??
    membersPathBeside(resolve(dataPath ?? process.env['PLANNER_DATA'] ?? DEFAULT_DATABASE_PATH)),
  readStdin: () => text(process.stdin),
  stdout: (said) => process.stdout.write(said),
  stderr: (said) => process.stderr.write(said),
});
