import { type ChildProcess, spawn } from 'node:child_process';

export interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Starts `spojnia` from the sources as a real process. */
export function startCli(args: string[], env: Record<string, string> = {}): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** Runs `spojnia` to its end and collects what it printed. */
export function runCli(args: string[], env: Record<string, string> = {}): Promise<Run> {
  const child = startCli(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    stderr += chunk;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** Resolves with everything printed once a line containing `text` appears; rejects if the process ends first. */
export function waitForOutput(child: ChildProcess, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout?.on('data', (chunk) => {
      output += chunk;
      if (output.includes(text)) resolve(output);
    });
    child.stderr?.on('data', (chunk) => {
      output += chunk;
    });
    child.on('close', () => reject(new Error(`spojnia stopped before printing "${text}": ${output}`)));
  });
}

/** A TCP port unlikely to be taken, for a server started by a test. */
export function randomPort(): string {
  return String(30_000 + Math.floor(Math.random() * 20_000));
}

/** Sends SIGTERM (unless the process has ended) and waits for it to end; resolves with its exit code. */
export async function stopProcess(child: ChildProcess): Promise<number | null> {
  if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
  const ended = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.kill('SIGTERM');
  return ended;
}
