import type { FastifyInstance } from 'fastify';

export interface ShutdownOptions {
  /** How long requests in flight may take to finish before their connections are cut. */
  readonly timeoutMs: number;
  /** Closes the database pools, after the last request is answered. */
  readonly closeDatabases: () => Promise<void>;
  readonly log: (line: string) => void;
}

/**
 * Stops the server on SIGTERM (systemd, containers) or SIGINT (Ctrl-C) without dropping
 * work: it stops accepting connections, lets requests in flight finish (up to the timeout),
 * then closes the database pools and exits. A second signal stops at once.
 */
export function stopGracefullyOnSignals(app: FastifyInstance, options: ShutdownOptions): void {
  let isStopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (isStopping) {
      options.log(`${signal} again: stopping now.`);
      process.exit(1);
    }
    isStopping = true;
    options.log(`${signal}: no longer accepting connections; finishing the requests in flight.`);
    let exitCode = 0;
    const deadline = setTimeout(() => {
      options.log(`Requests still running after ${options.timeoutMs / 1000} s: closing their connections.`);
      exitCode = 1;
      app.server.closeAllConnections();
    }, options.timeoutMs);
    try {
      await app.close();
    } catch (error) {
      options.log(`Stopping the server failed: ${error instanceof Error ? error.message : String(error)}`);
      exitCode = 1;
    } finally {
      clearTimeout(deadline);
    }
    try {
      await options.closeDatabases();
    } catch (error) {
      options.log(`Closing the database failed: ${error instanceof Error ? error.message : String(error)}`);
      exitCode = 1;
    }
    options.log('Stopped.');
    process.exit(exitCode);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
