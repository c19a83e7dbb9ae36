import type { Command } from 'commander';
import { DEFAULT_DEMO_COUNT, loadDemo } from '../../services/demo/load-demo.js';
import { warmUpSearch } from '../../services/search/search-lifecycle.js';
import { countProjects } from '../../storage/repositories/project-list.js';
import { stopGracefullyOnSignals } from '../graceful-shutdown.js';
import { openRegistry } from '../open-registry.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'run the portal (pages, JSON API); creates and migrates the database, and loads demo content into an empty one',
    )
    .option('--no-demo', 'do not load demo content into an empty registry')
    .action(async (options: { demo: boolean }) => {
      // Loaded here, not at the top, so `spojnia --help` does not load the whole web app.
      const { buildApp } = await import('../../app.js');
      const registry = await openRegistry('spojnia serve');
      const { config, db, readDb } = registry;
      if (options.demo && (await countProjects(db)) === 0) {
        const report = await loadDemo(db, { generatedCount: DEFAULT_DEMO_COUNT });
        console.log(`Empty registry: loaded demo content (${report.projects} projects).`);
      }
      const app = await buildApp({
        db,
        readDb,
        logger: { level: process.env.LOG_LEVEL ?? 'warn' },
        trustProxy: config.trustProxy,
        admin: { mediaFolder: config.mediaFolder, maxImportBytes: config.importMaxBytes },
      });
      stopGracefullyOnSignals(app, {
        timeoutMs: config.shutdownTimeoutMs,
        closeDatabases: () => registry.close(),
        log: (line) => console.log(line),
      });
      await app.listen({ port: config.port, host: config.host });
      // Searches answer as soon as the index is loaded; loading starts now rather than on the first one.
      warmUpSearch(readDb);
      const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
      console.log(`Spójnia is running at http://${shownHost}:${config.port}/ (database: ${registry.description})`);
    });
}
