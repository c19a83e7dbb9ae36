import type { ImportRun } from '../../../services/import/background/import-runs.js';
import type { AdminContext } from '../context.js';
import { AdminLayout } from '../views/layout.js';
import { ImportReportView } from './import-report-view.js';
import { importWords } from './words.js';

/** Seconds between refreshes of the progress page without JavaScript. */
const REFRESH_SECONDS = 3;

/** How far through the file a run is, in whole percent; null before the size is known. */
export function percentDone(run: ImportRun): number | null {
  const { bytesRead, totalBytes } = run.progress;
  if (totalBytes <= 0) return null;
  return Math.min(100, Math.floor((bytesRead * 100) / totalBytes));
}

/** What the status endpoint tells the progress page's script. */
export function importStatus(ctx: AdminContext, run: ImportRun) {
  const percent = percentDone(run);
  return {
    state: run.state,
    rowsRead: run.progress.rowsRead,
    bytesRead: run.progress.bytesRead,
    totalBytes: run.progress.totalBytes,
    percent,
    text: importWords(ctx.lang).progressText(run.progress.rowsRead, percent),
  };
}

function Progress({ ctx, run }: { ctx: AdminContext; run: ImportRun }) {
  const words = importWords(ctx.lang);
  const status = importStatus(ctx, run);
  return (
    <div class="import-progress" data-import-status={ctx.paths.importRunStatus(run.id)}>
      <label for="import-progress">{words.progressLabel}</label>
      <progress
        id="import-progress"
        max={status.totalBytes > 0 ? status.totalBytes : undefined}
        value={status.totalBytes > 0 ? status.bytesRead : undefined}
        aria-describedby="import-progress-text"
      >
        {status.percent === null ? '' : `${status.percent}%`}
      </progress>
      <p id="import-progress-text" aria-live="polite" data-import-text="">
        {status.text}
      </p>
      <p class="field__hint">{words.progressRefresh}</p>
    </div>
  );
}

/**
 * One import: while it runs, its progress (refreshing itself without JavaScript through a
 * meta refresh inside <noscript>, polling the status endpoint with it); once it ended, its report.
 */
export function ImportRunPage({ ctx, run }: { ctx: AdminContext; run: ImportRun }) {
  const words = importWords(ctx.lang);
  if (run.state === 'running') {
    return (
      <AdminLayout
        ctx={ctx}
        title={words.progressTitle(run.fileName)}
        section="imports"
        head={
          <>
            <noscript>
              <meta http-equiv="refresh" content={String(REFRESH_SECONDS)} />
            </noscript>
            <script src={ctx.paths.asset('import-progress.js')} defer />
          </>
        }
      >
        <h1>{words.progressTitle(run.fileName)}</h1>
        <Progress ctx={ctx} run={run} />
      </AdminLayout>
    );
  }
  const title = run.state === 'failed' ? words.failedTitle(run.fileName) : words.reportTitle(run.fileName);
  return (
    <AdminLayout ctx={ctx} title={title} section="imports">
      <h1>{title}</h1>
      <ImportReportView ctx={ctx} run={run} />
      <p>
        <a href={ctx.paths.imports}>{words.another}</a>
      </p>
    </AdminLayout>
  );
}
