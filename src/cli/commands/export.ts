import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { PassThrough, type Writable } from 'node:stream';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { FACETS, type FacetFilters, type FacetName } from '../../domain/search-facets.js';
import { REGISTRY_EXPORT_FORMATS, type RegistryExportFormat } from '../../services/export/export-formats.js';
import type { PreparedExport } from '../../services/export/results/prepare-result-export.js';
import type { ResultExportFormat } from '../../services/export/results/result-formats.js';
import { type SpojniaDb, sqliteConnectionOf } from '../../storage/database.js';
import { PATHS } from '../../web/paths.js';
import { openRegistry } from '../open-registry.js';

/** Search results in JSON/NDJSON are named apart from the registry's own JSON/NDJSON, which keep their names. */
const RESULT_FORMAT_NAMES: Readonly<Record<string, ResultExportFormat>> = {
  csv: 'csv',
  'csv-excel': 'csv-excel',
  xlsx: 'xlsx',
  geojson: 'geojson',
  'results-json': 'json',
  'results-ndjson': 'ndjson',
};
const FORMAT_CHOICES = [...REGISTRY_EXPORT_FORMATS, ...Object.keys(RESULT_FORMAT_NAMES)];

/** A filter option's command-line name: --partner-country for partnerCountry. */
const optionName = (facet: FacetName) => facet.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);

function collect(value: string, previous: string[]): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== ''),
  ];
}

function baseUrl(value: string): string {
  if (!/^https?:\/\/[^/\s]+/.test(value))
    throw new InvalidArgumentError('must be an address such as https://projekty.example.org');
  return value.replace(/\/+$/, '');
}

interface ExportOptions {
  format: string;
  output?: string;
  q?: string;
  sort?: string;
  baseUrl?: string;
  [facet: string]: string | string[] | undefined;
}

export function registerExportCommand(program: Command): void {
  const command = program
    .command('export')
    .description(
      [
        'write projects to a file. Two kinds of export:',
        '  search results (csv, csv-excel, xlsx, geojson, results-json, results-ndjson): the published projects a search',
        '    finds — the same words and filters as the search page, every column, no row cap; without filters, all of them;',
        '  the registry (json, ndjson): every project in any editorial state with its programme, organisations and',
        '    topics, which `spojnia import` reads back (filters do not apply).',
      ].join('\n'),
    )
    .addOption(
      new Option(
        '--format <format>',
        'csv (UTF-8 with BOM, comma), csv-excel (";" and decimal comma, for Excel in the Polish locale), xlsx, geojson (a point per place with coordinates), results-json, results-ndjson; or json / ndjson for the registry round-trip',
      )
        .choices(FORMAT_CHOICES)
        .default('json'),
    )
    .option('--output <file>', 'write to this file instead of standard output')
    .option('--q <words>', 'search words, as typed into the search box')
    .option('--sort <order>', 'order of the results, as the search page names it (e.g. value-desc)')
    .option('--base-url <url>', 'the portal address, to make the project page links absolute', baseUrl);
  for (const facet of FACETS) {
    command.option(
      `--${optionName(facet)} <value>`,
      `only projects with this ${optionName(facet).replace('-', ' ')} (repeatable, or comma-separated)`,
      collect,
      [],
    );
  }
  command.action(async (options: ExportOptions) => {
    const resultFormat = RESULT_FORMAT_NAMES[options.format];
    const filters: Record<string, string[]> = {};
    for (const facet of FACETS) {
      const values = options[facet];
      if (Array.isArray(values) && values.length > 0) filters[facet] = values;
    }
    const isSearch = options.q !== undefined || options.sort !== undefined || Object.keys(filters).length > 0;
    if (!resultFormat && isSearch) {
      throw new InvalidArgumentError(
        `--format ${options.format} is the whole registry for \`spojnia import\`; search options do not apply to it. For the search results as JSON use --format results-${options.format}.`,
      );
    }
    const registry = await openRegistry('spojnia export');
    try {
      let output: ReturnType<typeof openOutput>;
      let written: string;
      if (resultFormat) {
        // The search is resolved before the file is created, so a refused filter leaves no empty file.
        const prepared = await prepareResults(registry.db, options, filters);
        output = openOutput(options.output);
        written = await writeResults(prepared, resultFormat, output.stream);
      } else {
        output = openOutput(options.output);
        written = await writeRegistry(registry.db, options.format as RegistryExportFormat, output.stream);
      }
      await output.close();
      if (options.output) console.error(`Exported ${written} to ${options.output}`);
    } finally {
      await registry.close();
    }
  });
}

/**
 * The file, or standard output through a pass-through that is never allowed to end it (the
 * XLSX writer ends the stream it writes to).
 */
function openOutput(file: string | undefined): { stream: Writable; close(): Promise<void> } {
  if (file) {
    const stream = createWriteStream(file);
    return {
      stream,
      async close() {
        if (!stream.writableEnded) stream.end();
        if (!stream.closed) await once(stream, 'close');
      },
    };
  }
  const stream = new PassThrough();
  stream.pipe(process.stdout, { end: false });
  return {
    stream,
    async close() {
      if (!stream.writableEnded) stream.end();
      if (!stream.readableEnded) await once(stream, 'end');
    },
  };
}

async function writeRegistry(db: SpojniaDb, format: RegistryExportFormat, output: Writable): Promise<string> {
  const { exportRegistry } = await import('../../services/export/export-registry.js');
  const report = await exportRegistry(db, format, output);
  return `${report.projects} projects`;
}

async function prepareResults(db: SpojniaDb, options: ExportOptions, filters: FacetFilters): Promise<PreparedExport> {
  const { prepareResultExport } = await import('../../services/export/results/prepare-result-export.js');
  const base = options.baseUrl ?? '';
  const prepared = await prepareResultExport(db, {
    q: options.q,
    sort: options.sort,
    filters,
    pageUrls: (slug) => ({ pl: `${base}${PATHS.pl.project(slug)}`, en: `${base}${PATHS.en.project(slug)}` }),
  });
  if (prepared.ignored.length > 0) {
    // A mistyped filter would otherwise widen the export to everything; on the command line, stop instead.
    const named = prepared.ignored.map(({ facet, value }) => `--${optionName(facet as FacetName)} ${value}`);
    throw new InvalidArgumentError(`No such value in the registry: ${named.join(', ')}. Nothing was exported.`);
  }
  // The result's ids are found: this process needs the search's in-memory index (about 100 MB for
  // a million projects) no longer, and lets it go before the projects are read and written.
  const { closeSearch } = await import('../../services/search/search-lifecycle.js');
  await closeSearch(db);
  // Each page of the registry is read once from here on: a small SQLite page cache does as well.
  sqliteConnectionOf(db)?.pragma('cache_size = -8192');
  return prepared;
}

async function writeResults(prepared: PreparedExport, format: ResultExportFormat, output: Writable): Promise<string> {
  const report = await prepared.write(format, output);
  const geo =
    report.projectsWithoutCoordinates === undefined
      ? ''
      : ` as ${report.features} places; ${report.projectsWithoutCoordinates} projects without coordinates left out`;
  return `${report.projects} projects${geo}`;
}
