import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ROOT } from '../backend/app-root';
import { createBackend } from '../backend/backend';
import { scheduleMaintenance } from '../backend/maintenance';
import { startWebHost } from '../web/server';
import type { Command } from './commands';
import { databaseFile } from './database-file';

export const webCommand: Command = async ({ options, locale, io }) => {
  const staticDir = join(APP_ROOT, 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) {
    io.err(locale === 'zh-CN' ? '界面尚未构建，请先运行 npm run build:renderer。' : 'The UI is not built; run npm run build:renderer first.');
    return 1;
  }
  const port = options.port === undefined ? 0 : Number(options.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.err(`--port ${options.port}?`);
    return 2;
  }
  const backend = createBackend({ file: databaseFile(options), host: 'web', appRoot: APP_ROOT });
  const host = await startWebHost({ backend, staticDir, port });
  const stopMaintenance = scheduleMaintenance(backend);
  io.out(`URL: ${host.url}`);
  io.err(`${locale === 'zh-CN' ? '数据库' : 'Database'}: ${backend.store.file}`);
  const stop = async () => {
    stopMaintenance();
    await host.close();
    await backend.store.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return -1;
};
