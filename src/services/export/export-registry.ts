import { once } from 'node:events';
import type { Writable } from 'node:stream';
import {
  findOrganisationsByIds,
  listAllProgrammes,
  listAllTopics,
  readAllProjects,
} from '../../storage/bulk/registry-reader.js';
import type { SpojniaDb } from '../../storage/database.js';
import type { RegistryExportFormat } from './export-formats.js';
import { EXPORT_FORMAT, EXPORT_VERSION } from './project-record.js';
import { toProjectRecord } from './to-project-record.js';

export interface RegistryExportReport {
  readonly projects: number;
}

/**
 * Writes every project of the registry — drafts and archived ones too — with everything
 * it refers to, as JSON (one object: format, version, time, projects) or NDJSON (one
 * project per line). Streamed a batch at a time with backpressure, so memory stays flat;
 * `spojnia import` reads either back.
 */
export async function exportRegistry(
  db: SpojniaDb,
  format: RegistryExportFormat,
  output: Writable,
  now = new Date(),
): Promise<RegistryExportReport> {
  const write = async (text: string) => {
    if (!output.write(text)) await once(output, 'drain');
  };
  const [programmes, topics] = await Promise.all([listAllProgrammes(db), listAllTopics(db)]);
  if (format === 'json') {
    const header = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString() };
    await write(`${JSON.stringify(header).slice(0, -1)},"projects":[`);
  }
  let count = 0;
  for await (const batch of readAllProjects(db)) {
    const organisationIds = batch.flatMap((project) => [
      ...(project.beneficiaryId === null ? [] : [project.beneficiaryId]),
      ...project.partners.map((partner) => partner.organisationId),
    ]);
    const organisations = await findOrganisationsByIds(db, [...new Set(organisationIds)]);
    const lines: string[] = [];
    for (const project of batch) {
      const record = JSON.stringify(toProjectRecord(project, { programmes, organisations, topics }));
      lines.push(format === 'json' ? `${count === 0 && lines.length === 0 ? '' : ','}\n${record}` : `${record}\n`);
    }
    count += batch.length;
    await write(lines.join(''));
  }
  if (format === 'json') await write('\n]}\n');
  return { projects: count };
}
