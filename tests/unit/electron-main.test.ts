import { copyFileSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import type { Backend } from '../../electron/backend/context';
import { databaseFileFrom, startApp } from '../../electron/main/app';
import { app, BrowserWindow, recorded } from '../helpers/fake-electron';
import { tempDir } from '../helpers/backend';

let tmp: ReturnType<typeof tempDir>;
let backend: Backend | null;

function fakeAppRoot(dir: string) {
  copyFileSync(join(APP_ROOT, 'package.json'), join(dir, 'package.json'));
  symlinkSync(join(APP_ROOT, 'migrations'), join(dir, 'migrations'));
  mkdirSync(join(dir, 'dist', 'renderer'), { recursive: true });
  writeFileSync(join(dir, 'dist', 'renderer', 'index.html'), '<!doctype html><title>Service QMS</title>');
}

beforeAll(async () => {
  tmp = tempDir();
  fakeAppRoot(tmp.dir);
  recorded.paths = { userData: join(tmp.dir, 'user-data'), appPath: tmp.dir };
  const started = startApp();
  expect(recorded.schemes).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  app.becomeReady();
  backend = await started;
});
afterAll(async () => {
  await backend?.store.close();
  tmp.cleanup();
});

const invoke = (url: string, method: unknown, input: unknown, meta?: unknown) =>
  recorded.ipcHandlers.get('qms:invoke')!({ senderFrame: { url } }, method, input, meta);

describe('Electron main process wiring', () => {
  it('opens the database in userData by default, or the --db file', () => {
    expect(backend!.store.file).toBe(join(tmp.dir, 'user-data', 'qms.sqlite'));
    expect(databaseFileFrom(['electron', '.', '--db', '/data/qms.sqlite'], '/u')).toBe('/data/qms.sqlite');
  });

  it('opens one window from app:// with isolation, sandbox and no Node', () => {
    const [win] = BrowserWindow.instances;
    expect(win!.loadedUrl).toBe('app://qms/index.html');
    expect(win!.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      preload: join(tmp.dir, 'dist', 'electron', 'preload.cjs'),
    });
  });

  it('denies every permission request and check', () => {
    let granted: boolean | undefined;
    recorded.permissionRequestHandler!({}, 'media', (ok: boolean) => (granted = ok));
    expect(granted).toBe(false);
    expect(recorded.permissionCheckHandler!({}, 'notifications')).toBe(false);
  });

  it('blocks window.open and navigation away from app://', () => {
    const wc = BrowserWindow.instances[0]!.webContents;
    expect(wc.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const navigate = (url: string) => {
      let prevented = false;
      wc.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(navigate('https://example.com/phish')).toBe(true);
    expect(navigate('file:///etc/passwd')).toBe(true);
    expect(navigate('app://qms/index.html#/documents')).toBe(false);
  });

  it('serves the renderer over app:// with the CSP, and nothing outside it', async () => {
    const handler = recorded.protocolHandlers.get('app')!;
    const page = handler({ url: 'app://qms/index.html' });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(await page.text()).toContain('Service QMS');
    expect(handler({ url: 'app://qms/%2e%2e/package.json' }).status).toBe(404);
    expect(handler({ url: 'app://elsewhere/index.html' }).status).toBe(404);
  });

  it('dispatches IPC from our own page, and refuses other senders before dispatch', async () => {
    expect(await invoke('app://qms/index.html', 'system.status', {}, { locale: 'en' })).toMatchObject({
      ok: true,
      data: { initialized: false },
    });
    expect(await invoke('https://evil.example/', 'system.status', {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect(await invoke('app://qms/index.html', 42, {})).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    const setup = (await invoke('app://qms/index.html', 'auth.setup', { username: 'zhanghua', displayName: '张华', password: 'Zhanghua@2026' })) as {
      data: { token: string };
    };
    expect(await invoke('app://qms/index.html', 'auth.me', {}, { session: setup.data.token })).toMatchObject({ ok: true });
    expect(await invoke('app://qms/index.html', 'documents.create', { title: '' }, { session: setup.data.token, locale: 'zh-CN' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION' },
    });
  });

  it('exposes exactly one invoke bridge from the preload', async () => {
    await import('../../electron/preload/preload');
    expect([...recorded.exposed.keys()]).toEqual(['qms']);
    const bridge = recorded.exposed.get('qms') as { invoke: (...a: unknown[]) => Promise<unknown> };
    expect(Object.keys(bridge)).toEqual(['invoke']);
    await bridge.invoke('documents.list', { q: '制度' }, { session: 's', locale: 'zh-CN' });
    expect(recorded.invoked).toEqual([['qms:invoke', 'documents.list', { q: '制度' }, { session: 's', locale: 'zh-CN' }]]);
  });

  it('shows a clear error and quits when the database is from a newer version, leaving it untouched', async () => {
    const userData = join(tmp.dir, 'newer');
    mkdirSync(userData);
    const file = join(userData, 'qms.sqlite');
    const db = new BetterSqlite3(file);
    db.pragma('user_version = 999');
    db.close();
    const before = readFileSync(file);
    recorded.paths.userData = userData;
    const quits = recorded.quit;
    expect(await startApp()).toBeNull();
    expect(recorded.quit).toBe(quits + 1);
    expect(recorded.errorBoxes.at(-1)).toMatchObject({ title: '无法打开数据库', content: expect.stringContaining('更新版本') });
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
