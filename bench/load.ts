import autocannon from 'autocannon';

export interface LoadResult {
  readonly requests: number;
  readonly perSecond: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  readonly max: number;
  /** Answers other than 2xx, and connection errors. */
  readonly failures: number;
}

export interface LoadOptions {
  readonly base: string;
  readonly paths: readonly string[];
  readonly connections: number;
  readonly seconds: number;
}

/** What every browser sends: pages may come compressed, as they would to a reader. */
const BROWSER_HEADERS = { 'accept-encoding': 'gzip, deflate, br' };

function percentile(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

/**
 * Runs autocannon against the paths (each connection walks the list in order), with a
 * browser's Accept-Encoding, and keeps every response time, so percentiles are exact (autocannon's histogram has no p95).
 */
export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const times: number[] = [];
  let failures = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.base,
        connections: options.connections,
        duration: options.seconds,
        requests: options.paths.map((path) => ({ method: 'GET', path, headers: BROWSER_HEADERS })),
        timeout: 30,
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        const sorted = Float64Array.from(times).sort();
        resolve({
          requests: times.length,
          perSecond: times.length / result.duration,
          p50: percentile(sorted, 0.5),
          p95: percentile(sorted, 0.95),
          p99: percentile(sorted, 0.99),
          max: sorted[sorted.length - 1] ?? Number.NaN,
          failures: failures + result.errors,
        });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      times.push(responseTime);
      if (statusCode < 200 || statusCode >= 300) failures += 1;
    });
  });
}

/** The median of repeated measurements, field by field. */
export function medianOf(results: readonly LoadResult[]): LoadResult {
  const median = (pick: (result: LoadResult) => number) => {
    const values = results.map(pick).sort((a, b) => a - b);
    const middle = Math.floor(values.length / 2);
    return values.length % 2 === 1
      ? (values[middle] as number)
      : ((values[middle - 1] as number) + (values[middle] as number)) / 2;
  };
  return {
    requests: median((r) => r.requests),
    perSecond: median((r) => r.perSecond),
    p50: median((r) => r.p50),
    p95: median((r) => r.p95),
    p99: median((r) => r.p99),
    max: median((r) => r.max),
    failures: results.reduce((sum, r) => sum + r.failures, 0),
  };
}
