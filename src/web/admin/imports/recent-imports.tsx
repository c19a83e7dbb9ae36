import type { ImportRun } from '../../../services/import/background/import-runs.js';
import type { AdminContext } from '../context.js';
import { importWords } from './words.js';

/** The imports this server remembers, newest first, each linking to its progress or report. */
export function RecentImports({ ctx, runs }: { ctx: AdminContext; runs: readonly ImportRun[] }) {
  if (runs.length === 0) return null;
  const words = importWords(ctx.lang);
  return (
    <section aria-labelledby="recent-imports">
      <h2 id="recent-imports">{words.recent}</h2>
      <div class="table-wrap">
        <table class="data-table">
          <caption class="visually-hidden">{words.recent}</caption>
          <thead>
            <tr>
              <th scope="col">{words.columns.file}</th>
              <th scope="col">{words.columns.state}</th>
              <th scope="col">{words.columns.startedAt}</th>
              <th scope="col">{words.columns.rows}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id}>
                <td>
                  <a href={ctx.paths.importRun(run.id)}>{run.fileName}</a>
                </td>
                <td>{words.states[run.state]}</td>
                <td>{ctx.t.dateTime(run.startedAt)}</td>
                <td>{ctx.format.number(run.report?.rowsRead ?? run.progress.rowsRead)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
