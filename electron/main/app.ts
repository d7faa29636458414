import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, session } from 'electron';
import { pickLocale } from '../../shared/api/envelope';
import { createBackend } from '../backend/backend';
import type { Backend } from '../backend/context';
import { StoreOpenError } from '../backend/db/open';
import { scheduleMaintenance } from '../backend/maintenance';
import { registerIpc } from './ipc';
import { APP_ORIGIN, APP_SCHEME, serveAppRequest } from './protocol';
import { hardenContents, hardenSession } from './security';

/** --db FILE on the command line, else qms.sqlite in Electron's userData folder. */
export function databaseFileFrom(argv: string[], userData: string): string {
  const i = argv.indexOf('--db');
  return i >= 0 && argv[i + 1] ? argv[i + 1]! : join(userData, 'qms.sqlite');
}

function createWindow(appRoot: string): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 960,
    minHeight: 600,
    title: 'Service QMS 服务质量管理体系',
    show: false,
    webPreferences: {
      preload: join(appRoot, 'dist', 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  win.once('ready-to-show', () => win.show());
  void win.loadURL(`${APP_ORIGIN}/index.html`);
  return win;
}

/** Wires the desktop app: privileged app:// scheme, hardened session, one IPC channel, one window. */
export function startApp(): Promise<Backend | null> {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
  hardenContents(app);
  app.on('window-all-closed', () => app.quit());

  return app.whenReady().then(() => {
    const appRoot = app.getAppPath();
    const file = databaseFileFrom(process.argv, app.getPath('userData'));
    const native = join(appRoot, '.electron-native', 'better_sqlite3.node');
    let backend: Backend;
    try {
      backend = createBackend({ file, host: 'electron', appRoot, nativeBinding: existsSync(native) ? native : undefined });
    } catch (err) {
      const locale = pickLocale(app.getLocale());
      const text = err instanceof StoreOpenError ? err.describe(locale) : String(err);
      dialog.showErrorBox(locale === 'zh-CN' ? '无法打开数据库' : 'Cannot open the database', text);
      app.quit();
      return null;
    }
    const stopMaintenance = scheduleMaintenance(backend);
    app.on('will-quit', () => {
      stopMaintenance();
      void backend.store.close();
    });
    hardenSession(session.defaultSession);
    const rendererDir = join(appRoot, 'dist', 'renderer');
    protocol.handle(APP_SCHEME, (request) => serveAppRequest(rendererDir, request.url));
    registerIpc(ipcMain, backend);
    createWindow(appRoot);
    return backend;
  });
}
