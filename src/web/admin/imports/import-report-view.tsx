import type { ImportRun } from '../../../services/import/background/import-runs.js';
import type { ImportReport } from '../../../services/import/import-report.js';
import type { AdminContext } from '../context.js';
import { importFailureIn } from './import-failures-pl.js';
import { rowProblemIn } from './row-problems-pl.js';
import { importWords } from './words.js';

/** The layout in the page's language when it is one of ours; a mapping file keeps its own name. */
function layoutName(words: ReturnType<typeof importWords>, report: ImportReport): string {
  const formats: Record<string, string | undefined> = words.formats;
  return formats[report.formatId] ?? report.format;
}

const HOW_PL = { 'byte-order mark': 'znacznik BOM', detected: 'rozpoznane', 'mapping file': 'z pliku mapowania' };

/** How the file was read, in Polish: `CSV, utf-8 (znacznik BOM), separator „;”`. */
function sourceInPolish(report: ImportReport): string {
  const parts = report.sourceParts;
  if (parts.kind === 'xlsx') return `XLSX, arkusz „${parts.sheet}”`;
  if (parts.kind === 'csv') {
    const separator = parts.delimiter === '\t' ? 'tabulator' : `„${parts.delimiter}”`;
    return `CSV, ${parts.encoding} (${HOW_PL[parts.how]}), separator ${separator}`;
  }
  return report.source;
}

const COUNTS = ['rowsRead', 'created', 'updated', 'unchanged', 'merged', 'rejected'] as const;

function RunFacts({ ctx, run }: { ctx: AdminContext; run: ImportRun }) {
  const words = importWords(ctx.lang);
  const facts: [string, string][] = [
    [words.facts.file, run.mappingName ? `${run.fileName} (+ ${run.mappingName})` : run.fileName],
    ...(run.report
      ? ([
          [words.facts.format, layoutName(words, run.report)],
          [words.facts.source, ctx.lang === 'pl' ? sourceInPolish(run.report) : run.report.source],
        ] as [string, string][])
      : [[words.facts.format, words.formats[run.format]] as [string, string]]),
    [words.facts.startedBy, run.startedBy.email],
    [words.facts.startedAt, ctx.t.dateTime(run.startedAt)],
    ...(run.finishedAt ? [[words.facts.finishedAt, ctx.t.dateTime(run.finishedAt)] as [string, string]] : []),
  ];
  return (
    <dl class="facts">
      {facts.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Counts({ ctx, report }: { ctx: AdminContext; report: ImportReport }) {
  const words = importWords(ctx.lang);
  return (
    <div class="table-wrap">
      <table class="data-table import-counts">
        <caption>{words.counts.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{words.counts.what}</th>
            <th scope="col">{words.counts.how}</th>
          </tr>
        </thead>
        <tbody>
          {COUNTS.map((key) => (
            <tr key={key}>
              <th scope="row">{words.counts[key]}</th>
              <td data-count={key}>{ctx.format.number(report[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Rejections({ ctx, run, report }: { ctx: AdminContext; run: ImportRun; report: ImportReport }) {
  const words = importWords(ctx.lang);
  if (report.rejected === 0) return <p>{words.noneRejected}</p>;
  const json = run.rejectedFile?.endsWith('.ndjson') ?? false;
  return (
    <section aria-labelledby="rejected-rows">
      <h2 id="rejected-rows">{words.rejectedTitle}</h2>
      {run.rejectedFile ? (
        <p>
          <a href={ctx.paths.importRunRejected(run.id)} download>
            {json ? words.rejectedDownloadJson : words.rejectedDownload}
          </a>
        </p>
      ) : null}
      <div class="table-wrap">
        <table class="data-table">
          <caption>{words.rejectedCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{words.rejectedRow}</th>
              <th scope="col">{words.rejectedReasons}</th>
            </tr>
          </thead>
          <tbody>
            {report.rejections.map((rejection) => (
              <tr key={rejection.row}>
                <td>{rejection.row}</td>
                <td>{rejection.problems.map((problem) => rowProblemIn(ctx.lang, problem)).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {report.omitted.rejections > 0 ? <p>{words.rejectedMore(report.omitted.rejections)}</p> : null}
    </section>
  );
}

function Changes({ ctx, report }: { ctx: AdminContext; report: ImportReport }) {
  const words = importWords(ctx.lang);
  if (report.changes.length === 0) return null;
  return (
    <section aria-labelledby="changed-projects">
      <h2 id="changed-projects">{words.changesTitle}</h2>
      <ul>
        {report.changes.map((change) => (
          <li key={`${change.row}-${change.slug}`}>
            {change.title} ({change.slug}): {change.changes.map((fact) => fact.fact).join(', ')}
          </li>
        ))}
      </ul>
      {report.omitted.changes > 0 ? <p>{words.changesMore(report.omitted.changes)}</p> : null}
    </section>
  );
}

/** The end of an import: the counts, every rejected row shown (up to a limit) and to download. */
export function ImportReportView({ ctx, run }: { ctx: AdminContext; run: ImportRun }) {
  const words = importWords(ctx.lang);
  const report = run.report;
  if (run.state === 'failed' || !report) {
    return (
      <>
        <div class="error-summary" role="alert">
          <p>{words.failedText}</p>
          {run.failure ? <p>{importFailureIn(ctx.lang, run.failure)}</p> : null}
        </div>
        <RunFacts ctx={ctx} run={run} />
      </>
    );
  }
  return (
    <>
      {report.dryRun ? (
        <p class="notice" role="status">
          {words.dryRunNote}
        </p>
      ) : null}
      <RunFacts ctx={ctx} run={run} />
      <Counts ctx={ctx} report={report} />
      <p>{words.created(report.organisationsCreated, report.programmesCreated)}</p>
      {report.columnsNotImported.length > 0 ? (
        <p>
          {words.columnsNotImported} {report.columnsNotImported.join(', ')}
        </p>
      ) : null}
      <Rejections ctx={ctx} run={run} report={report} />
      <Changes ctx={ctx} report={report} />
    </>
  );
}
