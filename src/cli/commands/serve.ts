import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../../backend';
import { appVersion, rendererDir, resourcesDir } from '../app-root';
import { defineCommand } from '../command';
import { CliError, usageError } from '../errors';
import { openBrowser } from '../open-browser';
import { startWebServer, type WebServer } from '../server';
import { userDataDir } from '../user-data-dir';
import { createEventHub } from '../web/event-hub';
import { writeLaunchPage, type LaunchPage } from '../web/launch-page';
import { projectArg, requireExistingFile } from './project-file';

export const serveCommand = defineCommand({
  name: 'serve',
  summary: 'Run Gioia Studio in your web browser (local only)',
  usage: 'gioia serve [FILE] [--port N] [--no-open]',
  description:
    'Starts a private server on 127.0.0.1 and opens Gioia Studio in the system browser, for machines\n' +
    'where the desktop app cannot run. Opens FILE if given; otherwise the app opens the last project or\n' +
    'the demo. The printed address carries a one-time launch token that gives one browser tab access;\n' +
    'once used, a new address is printed for another tab. Other users, web pages and local programs\n' +
    'cannot use the server. Stop it with Ctrl+C. Needs the built renderer ("npm run build").',
  options: { port: { type: 'string', short: 'p' }, 'no-open': { type: 'boolean' } },
  optionHelp: { port: 'Port to listen on (default: a free one)', 'no-open': 'Do not open the browser' },
  positionals: { min: 0, max: 1, names: ['FILE'] },
  async run(ctx) {
    const port = parsePort(ctx.options['port']);
    const renderer = rendererDir(ctx.appRoot);
    if (!existsSync(join(renderer, 'index.html'))) {
      throw new CliError('file-not-found', `${join(renderer, 'index.html')} is missing: run "npm run build" first`);
    }
    const file = ctx.positionals[0] === undefined ? undefined : projectArg(ctx.positionals[0]);
    if (file !== undefined) requireExistingFile(file);

    const dataDir = userDataDir();
    mkdirSync(dataDir, { recursive: true });
    const hub = createEventHub();
    const backend = createBackend({
      dataDir,
      resourcesDir: resourcesDir(ctx.appRoot),
      appVersion: appVersion(ctx.appRoot),
      platform: 'web',
      emit: hub.emit,
    });
    let server: WebServer | undefined;
    // Each launch address works once; the printed one is replaced when used, the opener's page removed.
    let printed = '';
    let opened: { launch: string; page: LaunchPage } | undefined;
    try {
      if (file !== undefined) {
        const project = await backend.dispatch('openProject', { path: file });
        if (!project.ok)
          throw new CliError(
            project.error.code,
            project.error.message.includes(file) ? project.error.message : `${file}: ${project.error.message}`,
          );
      }
      server = await startWebServer({
        backend,
        rendererDir: renderer,
        host: '127.0.0.1',
        port,
        subscribe: hub.subscribe,
        onLaunchUsed: (used) => {
          if (used === opened?.launch) return opened.page.remove();
          if (used !== printed) return;
          printed = server?.launchUrl() ?? '';
          ctx.out(`A browser tab is connected. To open Gioia Studio in another tab, use ${printed}`);
        },
      });
    } catch (e) {
      await backend.dispose();
      if (e instanceof Error && (e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
        throw new CliError('io', `port ${port} is already in use (omit --port to pick a free one)`);
      }
      throw e;
    }

    printed = server.url;
    ctx.out(`Gioia Studio is running at ${printed}`);
    if (ctx.options['no-open'] !== true) {
      const launch = server.launchUrl();
      opened = { launch, page: writeLaunchPage(launch) };
      if (!openBrowser(opened.page.fileUrl)) {
        opened.page.remove();
        ctx.out('Open that address in your web browser.');
      }
    }
    ctx.out('Press Ctrl+C to stop.');
    const running = server;
    await new Promise<void>((resolve) => {
      const stop = () => {
        process.off('SIGINT', stop);
        process.off('SIGTERM', stop);
        resolve();
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
    // Close the server first so no request reaches a backend that is closing its database.
    await running.close();
    opened?.page.remove();
    await backend.dispose();
    ctx.out('Gioia Studio stopped.');
  },
});

function parsePort(value: string | boolean | undefined): number {
  if (value === undefined) return 0;
  const port = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw usageError(`serve: --port must be a number from 0 to 65535, not "${String(value)}"`);
  return port;
}
