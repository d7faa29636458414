// A stand-in for the 'electron' module (no Electron binary can run here). It records what the main
// process asks of Electron, and lets tests play Electron's part: fire events, invoke IPC handlers.
import { EventEmitter } from 'node:events';

type Listener = (...args: unknown[]) => unknown;

export const recorded = {
  schemes: [] as unknown[],
  protocolHandlers: new Map<string, (req: { url: string }) => Response>(),
  ipcHandlers: new Map<string, Listener>(),
  errorBoxes: [] as { title: string; content: string }[],
  permissionRequestHandler: null as Listener | null,
  permissionCheckHandler: null as Listener | null,
  exposed: new Map<string, unknown>(),
  invoked: [] as unknown[][],
  quit: 0,
  paths: { userData: '/tmp/qms-fake-user-data', appPath: process.cwd() },
};

class FakeApp extends EventEmitter {
  private ready!: () => void;
  readonly readyPromise = new Promise<void>((r) => (this.ready = r));
  whenReady() {
    return this.readyPromise;
  }
  becomeReady() {
    this.ready();
  }
  getPath(name: string) {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`);
    return recorded.paths.userData;
  }
  getAppPath() {
    return recorded.paths.appPath;
  }
  getLocale() {
    return 'zh-CN';
  }
  quit() {
    recorded.quit++;
  }
}
export const app = new FakeApp();

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: Listener | null = null;
  setWindowOpenHandler(handler: Listener) {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static instances: BrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  loadedUrl: string | null = null;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  loadURL(url: string) {
    this.loadedUrl = url;
    return Promise.resolve();
  }
  show() {}
}

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => recorded.schemes.push(...schemes),
  handle: (scheme: string, handler: (req: { url: string }) => Response) => recorded.protocolHandlers.set(scheme, handler),
};

export const ipcMain = { handle: (channel: string, fn: Listener) => recorded.ipcHandlers.set(channel, fn) };

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (fn: Listener) => (recorded.permissionRequestHandler = fn),
    setPermissionCheckHandler: (fn: Listener) => (recorded.permissionCheckHandler = fn),
  },
};

export const dialog = { showErrorBox: (title: string, content: string) => recorded.errorBoxes.push({ title, content }) };

export const contextBridge = { exposeInMainWorld: (key: string, api: unknown) => recorded.exposed.set(key, api) };
export const ipcRenderer = {
  invoke: (...args: unknown[]) => {
    recorded.invoked.push(args);
    return Promise.resolve({ ok: true, data: {} });
  },
};

export default { app, BrowserWindow, protocol, ipcMain, session, dialog, contextBridge, ipcRenderer };
