/** Command-line entry: `npm run plan -- check FILE [--json]`. All the logic is in planCommand.ts. */
import { readFileSync } from 'node:fs';
import { runPlanCommand } from './planCommand';

// exitCode rather than process.exit(), so that output piped to another program is flushed first.
process.exitCode = runPlanCommand(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
