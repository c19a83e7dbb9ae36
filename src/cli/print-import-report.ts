import type { ImportReport } from '../services/import/import-report.js';
import { rowProblemText } from '../services/import/row-problem.js';

const SHOWN = 20;

/** The report of an import as plain lines: what was read, what happened to each row, what to do next. */
export function formatImportReport(report: ImportReport, files: { rejected: string | null; changes: string | null }) {
  const lines: string[] = [];
  const verb = report.dryRun ? 'Checked (dry run: nothing was written)' : 'Imported';
  lines.push(
    `${verb} ${report.file}: ${report.format} (${report.source}${report.headerRow ? `, header on row ${report.headerRow}` : ''})`,
  );
  const counts: [string, number][] = [
    ['rows read', report.rowsRead],
    ['created', report.created],
    ['updated', report.updated],
    ['unchanged', report.unchanged],
    ['merged', report.merged],
    ['rejected', report.rejected],
  ];
  const width = Math.max(...counts.map(([, count]) => String(count).length));
  for (const [label, count] of counts) lines.push(`  ${`${label}:`.padEnd(12)} ${String(count).padStart(width)}`);
  if (report.merged > 0)
    lines.push('  (merged: rows repeating an earlier row’s project, e.g. once per place; their places were added)');
  if (report.blankRows > 0) lines.push(`  blank rows skipped: ${report.blankRows}`);
  lines.push(
    `  organisations created: ${report.organisationsCreated}, programmes created: ${report.programmesCreated}`,
  );
  if (report.columnsNotImported.length > 0) {
    lines.push(`  columns not imported (the registry has no place for them): ${report.columnsNotImported.join(', ')}`);
  }
  if (report.rejections.length > 0) {
    lines.push('', 'Rejected rows:');
    for (const rejection of report.rejections.slice(0, SHOWN)) {
      lines.push(`  row ${rejection.row}: ${rejection.problems.map(rowProblemText).join('; ')}`);
    }
    const more = report.rejected - Math.min(report.rejections.length, SHOWN);
    if (more > 0) lines.push(`  … and ${more} more`);
  }
  if (files.rejected) lines.push(`Rejected rows are in ${files.rejected}: fix them there and import that file.`);
  if (report.changes.length > 0) {
    lines.push('', 'Changes:');
    for (const change of report.changes.slice(0, SHOWN)) {
      const facts = change.changes.map((fact) => `${fact.fact}: ${fact.before} → ${fact.after}`).join('; ');
      lines.push(`  row ${change.row}, ${change.slug}: ${facts}`);
    }
    const more = report.updated - Math.min(report.changes.length, SHOWN);
    if (more > 0) lines.push(`  … and ${more} more`);
  }
  if (files.changes) lines.push(`Every change, fact by fact: ${files.changes}`);
  return lines.join('\n');
}
