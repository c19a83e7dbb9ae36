import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { withImportConnection } from '../../../storage/bulk/import-connection.js';
import type { SpojniaDb } from '../../../storage/database.js';
import { recordAuditEvent } from '../../audit/record-audit-event.js';
import type { ImportFormatChoice } from '../format-choices.js';
import type { MappingFile } from '../formats/mapping-file.js';
import { ImportError, type ImportFailure, importFailureText } from '../import-error.js';
import { importFile } from '../import-file.js';
import type { ImportProgress, ImportReport } from '../import-report.js';
import { rejectedRowsFile } from '../report-files.js';

export type ImportRunState = 'running' | 'finished' | 'failed';

/** Who started an import, for the audit log and the report. */
export interface ImportActor {
  readonly id: number;
  readonly email: string;
}

export interface ImportRunRequest {
  /** A file the run now owns: it is deleted when the run ends. */
  readonly file: string;
  /** The name the person's file had, for provenance and the report. */
  readonly fileName: string;
  readonly format: ImportFormatChoice;
  readonly mapping: MappingFile | null;
  readonly mappingName: string | null;
  readonly dryRun: boolean;
  readonly actor: ImportActor;
}

/** One import started from the editorial area, as its progress and report pages show it. */
export interface ImportRun {
  readonly id: string;
  readonly fileName: string;
  readonly format: ImportFormatChoice;
  readonly mappingName: string | null;
  readonly dryRun: boolean;
  readonly startedBy: ImportActor;
  readonly startedAt: string;
  state: ImportRunState;
  progress: ImportProgress;
  finishedAt: string | null;
  report: ImportReport | null;
  /** Why nothing was imported, when the run failed. */
  failure: ImportFailure | null;
  /** The CSV (or NDJSON for a JSON source) of rejected rows, when some were rejected. */
  rejectedFile: string | null;
}

/** Runs this many are remembered for their report pages; older ones (and their files) go. */
const KEPT_RUNS = 20;

/**
 * Imports started from the editorial area: one at a time, in the background (the request
 * that starts one returns at once), each remembered with its progress and report. The file
 * is read in a worker thread; the writing runs here in small chunks, so pages keep being
 * served. An import that fails leaves the registry as it was (one transaction).
 */
export class ImportRuns {
  private readonly runs = new Map<string, ImportRun>();
  /** The folder each run keeps its rejected rows in. */
  private readonly folders = new Map<string, string>();
  private active: Promise<void> | null = null;

  constructor(
    private readonly db: SpojniaDb,
    /** Told of an error that is not the file's fault, so the operator can see what went wrong. */
    private readonly unexpected: (error: unknown, run: ImportRun) => void = () => undefined,
    private readonly workFolder: () => Promise<string> = () => mkdtemp(join(tmpdir(), 'spojnia-import-')),
  ) {}

  /** The import running now, if any. */
  running(): ImportRun | null {
    return [...this.runs.values()].find((run) => run.state === 'running') ?? null;
  }

  /** The runs remembered, newest first. */
  recent(): ImportRun[] {
    return [...this.runs.values()].reverse();
  }

  find(id: string): ImportRun | null {
    return this.runs.get(id) ?? null;
  }

  /** Starts an import, or returns null when one is running already (the file is then deleted). */
  async start(request: ImportRunRequest, now = new Date()): Promise<ImportRun | null> {
    if (this.running() !== null) {
      await rm(request.file, { force: true });
      return null;
    }
    const run: ImportRun = {
      id: randomBytes(12).toString('hex'),
      fileName: request.fileName,
      format: request.format,
      mappingName: request.mappingName,
      dryRun: request.dryRun,
      startedBy: request.actor,
      startedAt: now.toISOString(),
      state: 'running',
      progress: { bytesRead: 0, totalBytes: 0, rowsRead: 0 },
      finishedAt: null,
      report: null,
      failure: null,
      rejectedFile: null,
    };
    this.runs.set(run.id, run);
    await this.forgetOldRuns();
    this.active = this.execute(run, request).finally(() => {
      this.active = null;
    });
    return run;
  }

  /** Waits for the running import to end (tests, and a server that is stopping). */
  async settled(): Promise<void> {
    await this.active;
  }

  /** Waits for the running import, then deletes every run's files. */
  async close(): Promise<void> {
    await this.settled();
    for (const id of [...this.runs.keys()]) await this.forget(id);
  }

  private async execute(run: ImportRun, request: ImportRunRequest): Promise<void> {
    const folder = await this.workFolder();
    this.folders.set(run.id, folder);
    const json = /\.(nd)?json$/i.test(request.fileName) || request.format === 'json';
    const rejected = rejectedRowsFile(join(folder, json ? 'rejected.ndjson' : 'rejected.csv'));
    try {
      const report = await withImportConnection(this.db, (db) =>
        importFile(
          db,
          {
            file: request.file,
            fileName: request.fileName,
            format: request.format,
            mapping: request.mapping,
            dryRun: request.dryRun,
            reader: 'worker',
          },
          {
            progress: (progress) => {
              run.progress = progress;
            },
            columns: (headers, delimiter) => rejected.columns?.(headers, delimiter),
            rejected: (rejection) => rejected.rejected?.(rejection),
          },
        ),
      );
      await rejected.close();
      run.report = report;
      run.rejectedFile = rejected.count() > 0 ? rejected.path : null;
      run.progress = { ...run.progress, bytesRead: run.progress.totalBytes, rowsRead: report.rowsRead };
      run.state = 'finished';
    } catch (error) {
      await rejected.close();
      if (!(error instanceof ImportError)) this.unexpected(error, run);
      run.failure = error instanceof ImportError ? error.failure : { code: 'unexpected', words: {} };
      run.state = 'failed';
    } finally {
      run.finishedAt = new Date().toISOString();
      await rm(request.file, { force: true });
      await this.audit(run).catch(() => undefined);
    }
  }

  private async audit(run: ImportRun): Promise<void> {
    const report = run.report;
    const details: Record<string, string> = {
      file: run.fileName,
      format: report?.format ?? run.format,
      dryRun: run.dryRun ? 'yes' : 'no',
      outcome: run.state,
    };
    if (run.mappingName) details.mapping = run.mappingName;
    if (report) {
      for (const key of ['rowsRead', 'created', 'updated', 'unchanged', 'merged', 'rejected'] as const) {
        details[key] = String(report[key]);
      }
    }
    if (run.failure) details.failure = importFailureText(run.failure).slice(0, 500);
    await recordAuditEvent(this.db, {
      action: 'file_imported',
      actorId: run.startedBy.id,
      actorEmail: run.startedBy.email,
      subjectLabel: run.fileName,
      details,
    });
  }

  private async forgetOldRuns(): Promise<void> {
    const finished = [...this.runs.values()].filter((run) => run.state !== 'running');
    for (const run of finished.slice(0, Math.max(0, this.runs.size - KEPT_RUNS))) await this.forget(run.id);
  }

  private async forget(id: string): Promise<void> {
    this.runs.delete(id);
    const folder = this.folders.get(id);
    this.folders.delete(id);
    if (folder) await rm(folder, { recursive: true, force: true });
  }
}
