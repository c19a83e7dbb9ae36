import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { type BlankTestDatabase, createBlankTestDatabase } from '../helpers/database.js';
import { randomPort, startCli, stopProcess, waitForOutput } from './run-cli.js';

let blank: BlankTestDatabase | null = null;
afterEach(async () => {
  await blank?.cleanup();
  blank = null;
});

/** Sends a request's head and the start of its body, and collects the answer once the rest is sent. */
async function startSlowRequest(port: string): Promise<{ socket: Socket; finish: () => Promise<string> }> {
  const socket = connect(Number(port), '127.0.0.1');
  await once(socket, 'connect');
  let answer = '';
  socket.on('data', (chunk) => {
    answer += chunk;
  });
  const body = '{"title":"in flight"}';
  socket.write(
    `POST /api/v1/projects HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body.slice(0, 5)}`,
  );
  return {
    socket,
    async finish() {
      const closed = once(socket, 'close');
      socket.write(body.slice(5));
      await closed;
      return answer;
    },
  };
}

describe('spojnia serve as a process', { timeout: 120_000 }, () => {
  it('answers the health probes, and on SIGTERM finishes requests in flight, refuses new ones and exits cleanly', async () => {
    blank = await createBlankTestDatabase();
    const port = randomPort();
    const server = startCli(['serve', '--no-demo'], { ...blank.env, PORT: port, SHUTDOWN_TIMEOUT: '30' });
    let output = '';
    server.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    try {
      await waitForOutput(server, 'running at');
      const health = await fetch(`http://127.0.0.1:${port}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });
      const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ status: 'ready' });

      const inFlight = await startSlowRequest(port);
      await sleep(300);
      const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
      server.kill('SIGTERM');
      for (let waited = 0; !output.includes('no longer accepting') && waited < 300; waited += 1) await sleep(100);
      expect(output).toContain('SIGTERM: no longer accepting connections');

      await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
      await sleep(500);
      expect(server.exitCode).toBeNull();

      const answer = await inFlight.finish();
      // The request got its real answer (no such write route: 404), not a dropped connection.
      expect(answer).toMatch(/^HTTP\/1\.1 404 /);
      expect(await exited).toBe(0);
      expect(output).toContain('Stopped.');
    } finally {
      await stopProcess(server);
    }
  });

  it('cuts a request that outlives SHUTDOWN_TIMEOUT, says so and exits with an error code', async () => {
    blank = await createBlankTestDatabase();
    const port = randomPort();
    const server = startCli(['serve', '--no-demo'], { ...blank.env, PORT: port, SHUTDOWN_TIMEOUT: '1' });
    let output = '';
    server.stdout?.on('data', (chunk) => {
      output += chunk;
    });
    try {
      await waitForOutput(server, 'running at');
      const stuck = await startSlowRequest(port);
      const closed = once(stuck.socket, 'close');
      await sleep(300);
      const exited = new Promise<number | null>((resolve) => server.once('exit', (code) => resolve(code)));
      server.kill('SIGTERM');
      expect(await exited).toBe(1);
      await closed;
      expect(output).toContain('Requests still running after 1 s: closing their connections.');
      expect(output).toContain('Stopped.');
    } finally {
      await stopProcess(server);
    }
  });
});
