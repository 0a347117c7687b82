/**
 * A TCP proxy on loopback in front of the planner's server, for one browser: cutting it is that
 * browser losing the network while the server and everyone else go on (Playwright's setOffline
 * does not cut an open WebSocket).
 */
import { createServer, connect, type Socket } from 'node:net';

export interface LoopbackProxy {
  port: number;
  /** Drops every connection through the proxy, and refuses new ones until `restore`. */
  cut(): void;
  restore(): void;
  /** Sends new connections to another server from now on, as a load balancer does when one stops. */
  retarget(port: number): void;
  close(): Promise<void>;
}

export async function startLoopbackProxy(firstTarget: number): Promise<LoopbackProxy> {
  let targetPort = firstTarget;
  const sockets = new Set<Socket>();
  let open = true;
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
  };
  const server = createServer((client) => {
    track(client);
    if (!open) {
      client.destroy();
      return;
    }
    const upstream = connect(targetPort, '127.0.0.1');
    track(upstream);
    const end = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', end).on('close', end);
    upstream.on('error', end).on('close', end);
    client.pipe(upstream).pipe(client);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the proxy has no port');
  const dropAll = () => sockets.forEach((socket) => socket.destroy());
  return {
    port: address.port,
    cut: () => {
      open = false;
      dropAll();
    },
    restore: () => {
      open = true;
    },
    retarget: (port) => {
      targetPort = port;
    },
    close: () =>
      new Promise<void>((resolve) => {
        dropAll();
        server.close(() => resolve());
      }),
  };
}
