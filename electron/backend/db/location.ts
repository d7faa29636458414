import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_FOLDER = 'Service QMS';

/**
 * The per-user application-data folder, the same one Electron's app.getPath('appData') gives, so the
 * desktop app, the web host and the CLI find the same database by default:
 * Windows %APPDATA%, macOS ~/Library/Application Support, Linux $XDG_CONFIG_HOME or ~/.config.
 */
export function appDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (platform === 'win32') return env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME || join(homedir(), '.config');
}

export function defaultDatabaseFile(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string {
  return join(appDataDir(env, platform), PRODUCT_FOLDER, 'qms.sqlite');
}
