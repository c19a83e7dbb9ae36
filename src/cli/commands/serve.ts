import type { Command } from 'commander';
import { buildApp } from '../../app.js';
import { DEFAULT_DEMO_COUNT, loadDemo } from '../../services/demo/load-demo.js';
import { warmUpSearch } from '../../services/search/search-lifecycle.js';
import { countProjects } from '../../storage/repositories/project-list.js';
import { openRegistry } from '../open-registry.js';

export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description(
      'run the portal (pages, JSON API); creates and migrates the database, and loads demo content into an empty one',
    )
    .option('--no-demo', 'do not load demo content into an empty registry')
    .action(async (options: { demo: boolean }) => {
      const { config, db } = await openRegistry();
      if (options.demo && (await countProjects(db)) === 0) {
        const report = await loadDemo(db, { generatedCount: DEFAULT_DEMO_COUNT });
        console.log(`Empty registry: loaded demo content (${report.projects} projects).`);
      }
      const app = await buildApp({ db, logger: { level: process.env.LOG_LEVEL ?? 'warn' } });
      const stop = async () => {
        await app.close();
        await db.destroy();
        process.exit(0);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      await app.listen({ port: config.port, host: config.host });
      // Searches answer as soon as the index is loaded; loading starts now rather than on the first one.
      warmUpSearch(db);
      const shownHost = config.host === '0.0.0.0' || config.host === '127.0.0.1' ? 'localhost' : config.host;
      console.log(`Spójnia is running at http://${shownHost}:${config.port}/ (database: ${config.sqliteFile})`);
    });
}
