/** Starts tests/support/plannerServerProcess.ts as a child process and talks to it. */
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export interface ServerProcess {
  /** The sync endpoint, "ws://127.0.0.1:<port>". */
  url: string;
  port: number;
  /** The server's resident memory in MB, as it reads it. */
  memory(): Promise<number>;
  /** Makes the server's writes to its SQLite file fail as on a full disk, or work again. */
  setDiskFull(full: boolean): Promise<void>;
  /** Ends the process at once, as a crash or a pulled plug would. */
  kill(): Promise<void>;
  /** Asks the server to close and waits for the process to end. */
  stop(): Promise<void>;
}

/** `dist`: the built planner to serve, for a browser test; without it the server serves a stand-in page. */
export async function startServerProcess({
  folder,
  port = 0,
  dist,
}: { folder?: string; port?: number; dist?: string } = {}): Promise<ServerProcess> {
  // Node itself with tsx's loader, so that killing the child kills the server and not only a launcher.
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/plannerServerProcess.ts'], {
    env: { ...process.env, PORT: String(port), ...(folder ? { FOLDER: folder } : {}), ...(dist ? { DIST: dist } : {}) },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout });
  const ended = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const nextLine = (prefix: string) =>
    new Promise<string>((resolve, reject) => {
      const onLine = (line: string) => {
        if (!line.startsWith(prefix)) return;
        lines.off('line', onLine);
        resolve(line.slice(prefix.length));
      };
      lines.on('line', onLine);
      void ended.then(() => reject(new Error(`the server process ended before printing "${prefix}"`)));
    });
  const url = await nextLine('listening ');
  return {
    url,
    port: Number(new URL(url).port),
    memory: async () => {
      const answer = nextLine('memory ');
      child.stdin.write('memory\n');
      return Number(await answer);
    },
    setDiskFull: async (full) => {
      const answer = nextLine(`disk ${full ? 'full' : 'ok'}`);
      child.stdin.write(`disk ${full ? 'full' : 'ok'}\n`);
      await answer;
    },
    kill: () => {
      child.kill('SIGKILL');
      return ended;
    },
    stop: () => {
      child.stdin.end();
      return ended;
    },
  };
}
