import { createReadStream } from 'node:fs';
import { basename, extname } from 'node:path';
import { AppError } from '../../../domain/errors.js';
import type { ImportRun } from '../../../services/import/background/import-runs.js';
import { loadMappingFile, type MappingFile } from '../../../services/import/formats/mapping-file.js';
import { ImportError } from '../../../services/import/import-error.js';
import { renderPage } from '../../render.js';
import type { AdminRoute, RouteArgs } from '../routing.js';
import type { ShownProblem } from '../views/components/problems.js';
import { importFailureIn } from './import-failures-pl.js';
import { formatChoice, type ImportForm, readImportForm } from './import-form.js';
import { type ImportAttempt, ImportFormPage } from './import-form-page.js';
import { ImportRunPage, importStatus } from './import-run-page.js';
import { mappingProblemsIn } from './mapping-problems-pl.js';
import { takeUploadedFile } from './uploaded-files.js';
import { importWords, megabytes } from './words.js';

function renderForm(args: RouteArgs, attempt: ImportAttempt | null, status = 200) {
  const { deps } = args;
  return renderPage(
    args.reply,
    <ImportFormPage
      ctx={args.ctx}
      attempt={attempt}
      running={deps.imports.running()}
      recent={deps.imports.recent()}
      maxBytes={deps.maxImportBytes}
    />,
    status,
  );
}

function runOf(args: RouteArgs): ImportRun {
  const run = args.deps.imports.find(args.params.run ?? '');
  if (!run) throw new AppError('not_found', `No import ${args.params.run ?? ''}`);
  return run;
}

/** The problems of a submitted form, each at its field; the mapping file read when it is fine. */
async function checkForm(args: RouteArgs, form: ImportForm) {
  const words = importWords(args.ctx.lang);
  const limit = megabytes(args.deps.maxImportBytes);
  const problems: ShownProblem[] = [];
  const format = formatChoice(form.format);
  if (format === null) problems.push({ path: 'format', message: words.problems.format });
  if (form.file === null) problems.push({ path: 'file', message: words.problems.fileRequired });
  else if (form.file.tooLarge) problems.push({ path: 'file', message: words.problems.tooLarge(limit) });
  let mapping: MappingFile | null = null;
  if (form.mapping?.tooLarge) problems.push({ path: 'mapping', message: words.problems.tooLarge(limit) });
  else if (form.mapping?.path) {
    if (format !== null && format !== 'auto') {
      problems.push({ path: 'format', message: words.problems.formatAndMapping });
    }
    try {
      mapping = await loadMappingFile(form.mapping.path);
    } catch (error) {
      if (!(error instanceof ImportError)) throw error;
      const { failure } = error;
      // Named as the person's file, not the temporary copy the upload was kept in.
      const named = { ...failure, words: { ...failure.words, name: form.mapping.fileName } };
      const message =
        failure.code === 'mapping_problems'
          ? words.problems.mapping(mappingProblemsIn(args.ctx.lang, failure.mappingProblems ?? []))
          : importFailureIn(args.ctx.lang, named);
      problems.push({ path: 'mapping', message });
    }
  }
  return { problems, format, mapping };
}

/**
 * Starts an import of the uploaded file in the background and sends the person to its
 * progress page; a refused form is shown again with the problems and every choice kept.
 */
async function startImport(args: RouteArgs) {
  const { request, reply, ctx, deps, session } = args;
  const words = importWords(ctx.lang);
  const form = readImportForm(request.body);
  const attempt = (problems: ShownProblem[], general: string[] = []): ImportAttempt => ({
    format: form.format,
    dryRun: form.dryRun,
    fileName: form.file?.fileName ?? null,
    mappingName: form.mapping?.fileName ?? null,
    problems,
    general,
  });
  if (form.unknown.length > 0) return renderForm(args, attempt([], [words.problems.unknownFields]), 400);
  const { problems, format, mapping } = await checkForm(args, form);
  if (problems.length > 0 || format === null || !form.file?.path || !session) {
    return renderForm(args, attempt(problems), form.file?.tooLarge || form.mapping?.tooLarge ? 413 : 400);
  }
  if (deps.imports.running()) return renderForm(args, attempt([], [words.problems.busy]), 409);
  takeUploadedFile(request, form.file.path);
  const run = await deps.imports.start({
    file: form.file.path,
    fileName: basename(form.file.fileName),
    format,
    mapping,
    mappingName: form.mapping?.fileName ?? null,
    dryRun: form.dryRun,
    actor: { id: session.user.id, email: session.user.email },
  });
  if (!run) return renderForm(args, attempt([], [words.problems.busy]), 409);
  return reply.redirect(ctx.paths.importRun(run.id), 303);
}

async function downloadRejected(args: RouteArgs) {
  const run = runOf(args);
  if (!run.rejectedFile) throw new AppError('not_found', 'No rejected rows');
  const json = run.rejectedFile.endsWith('.ndjson');
  const name = `${basename(run.fileName, extname(run.fileName))}.rejected.${json ? 'ndjson' : 'csv'}`;
  return args.reply
    .type(json ? 'application/x-ndjson; charset=utf-8' : 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`)
    .send(createReadStream(run.rejectedFile));
}

/** The upload form, each import's progress or report, its status for the page's script, its rejected rows. */
export const importRoutes: readonly AdminRoute[] = [
  {
    name: 'imports.form',
    method: 'GET',
    path: (p) => p.imports,
    access: 'canImportFiles',
    handle: async (args) => renderForm(args, null),
  },
  {
    name: 'imports.start',
    method: 'POST',
    path: (p) => p.imports,
    access: 'canImportFiles',
    upload: true,
    handle: startImport,
  },
  {
    name: 'imports.run',
    method: 'GET',
    path: (p) => p.importRun(':run'),
    access: 'canImportFiles',
    handle: async (args) => renderPage(args.reply, <ImportRunPage ctx={args.ctx} run={runOf(args)} />),
  },
  {
    name: 'imports.status',
    method: 'GET',
    path: (p) => p.importRunStatus(':run'),
    access: 'canImportFiles',
    handle: async (args) => args.reply.type('application/json').send(importStatus(args.ctx, runOf(args))),
  },
  {
    name: 'imports.rejected',
    method: 'GET',
    path: (p) => p.importRunRejected(':run'),
    access: 'canImportFiles',
    handle: downloadRejected,
  },
];
