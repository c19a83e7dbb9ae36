import type { ImportProgress } from '../services/import/import-report.js';

const WIDTH = 28;

/**
 * A one-line progress bar on a terminal: share of the file read, rows and rows per second.
 * It redraws in place and clears itself when done; it is only used when stderr is a TTY.
 */
export function createProgressBar(stream: NodeJS.WriteStream) {
  const started = Date.now();
  let shown = false;
  return {
    update(progress: ImportProgress) {
      const share = progress.totalBytes === 0 ? 1 : Math.min(1, progress.bytesRead / progress.totalBytes);
      const filled = Math.round(share * WIDTH);
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      const rate = Math.round(progress.rowsRead / seconds);
      const line = `[${'#'.repeat(filled)}${'.'.repeat(WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}%  ${progress.rowsRead.toLocaleString('en-GB')} rows  ${rate.toLocaleString('en-GB')} rows/s`;
      stream.write(`\r${line.slice(0, Math.max((stream.columns ?? 80) - 1, 20))}`);
      shown = true;
    },
    done() {
      if (shown) stream.write('\r\u001b[2K');
    },
  };
}

/** Progress as plain lines, at most one a second, for logs (`--progress` without a terminal). */
export function createProgressLines(stream: NodeJS.WritableStream) {
  let last = 0;
  return {
    update(progress: ImportProgress) {
      const now = Date.now();
      if (now - last < 1000) return;
      last = now;
      const share = progress.totalBytes === 0 ? 100 : Math.round((100 * progress.bytesRead) / progress.totalBytes);
      stream.write(`import: ${progress.rowsRead} rows read (${share} % of the file)\n`);
    },
    done() {},
  };
}
