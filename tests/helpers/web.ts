import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ROOT } from '../../electron/backend/app-root';
import { startWebHost, type WebHost } from '../../electron/web/server';
import { openTestBackend, type TestBackend } from './backend';

/** The real web host over a real database in a temp folder, serving the built renderer. */
export async function startTestHost(): Promise<TestBackend & { host: WebHost }> {
  const staticDir = join(APP_ROOT, 'dist', 'renderer');
  if (!existsSync(join(staticDir, 'index.html'))) throw new Error('Build the renderer first: npm run build:renderer');
  const t = openTestBackend();
  const host = await startWebHost({ backend: t.backend, staticDir });
  return {
    ...t,
    host,
    close: async () => {
      await host.close();
      await t.close();
    },
  };
}
