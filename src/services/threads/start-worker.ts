import { type ResourceLimits, Worker } from 'node:worker_threads';

/**
 * The URL of a worker module next to `caller` (its `import.meta.url`): the compiled
 * JavaScript when running built, the TypeScript source when running from sources (tests, tsx).
 * @example workerModule('./read-worker', import.meta.url)
 */
export function workerModule(relative: string, caller: string): URL {
  return new URL(`${relative}.${caller.endsWith('.ts') ? 'ts' : 'js'}`, caller);
}

/**
 * Starts a worker thread on a module. A TypeScript module gets a small bootstrap that
 * registers tsx in the worker first, since loader flags given to node do not reach workers.
 */
export function startWorker(entry: URL, workerData: unknown, resourceLimits?: ResourceLimits): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData, resourceLimits });
  return new Worker(
    `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`,
    { eval: true, workerData, resourceLimits },
  );
}
