import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HostKind, Backend } from './context';
import { openStore } from './db/open';

export interface BackendOptions {
  file: string;
  host: HostKind;
  /** Folder holding package.json and migrations/. */
  appRoot: string;
  nativeBinding?: string;
  checkOutputs?: boolean;
}

export function createBackend(options: BackendOptions): Backend {
  const pkg = JSON.parse(readFileSync(join(options.appRoot, 'package.json'), 'utf8')) as { version: string };
  const store = openStore({
    file: options.file,
    migrationsDir: join(options.appRoot, 'migrations'),
    nativeBinding: options.nativeBinding,
  });
  return { store, host: options.host, appVersion: pkg.version, checkOutputs: options.checkOutputs };
}
