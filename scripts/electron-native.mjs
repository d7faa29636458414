// Builds better-sqlite3 for Electron's ABI into .electron-native/, beside (not over) the copy that
// Node uses, so `npm test` keeps working after `npm start`. Electron main loads it via nativeBinding.
// Run first by `npm start` and `npm run dist`: where the Electron binary or its headers cannot be had
// (no network), it says so plainly and points to `npm run web` instead of failing somewhere deeper.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** The Electron executable that `electron .` would run, or null when it was never downloaded. */
export function electronBinary(root = ROOT, env = process.env) {
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const dir = env.ELECTRON_OVERRIDE_DIST_PATH;
    return ['electron', 'electron.exe', 'Electron.app'].map((f) => join(dir, f)).find((f) => existsSync(f)) ?? null;
  }
  const pathFile = join(root, 'node_modules', 'electron', 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(root, 'node_modules', 'electron', 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

/**
 * Builds the Electron copy of better-sqlite3 into <root>/.electron-native unless the stamp says it is current.
 * `rebuild` is @electron/rebuild's; it insists on an absolute buildPath. Resolves to true when it built.
 */
export async function buildNative({ root = ROOT, rebuild, log = console.log }) {
  const electronVersion = readJson(join(root, 'node_modules', 'electron', 'package.json')).version;
  const sqliteVersion = readJson(join(root, 'node_modules', 'better-sqlite3', 'package.json')).version;
  const out = join(root, '.electron-native');
  const stamp = join(out, 'stamp.json');
  const wanted = JSON.stringify({ electronVersion, sqliteVersion });
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) return false;

  const work = join(out, 'build');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(work, 'node_modules'), { recursive: true });
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'qms-native', dependencies: { 'better-sqlite3': sqliteVersion } }));
  cpSync(join(root, 'node_modules', 'better-sqlite3'), join(work, 'node_modules', 'better-sqlite3'), { recursive: true });
  log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} …`);
  try {
    await rebuild({ buildPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true });
    cpSync(join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), join(out, 'better_sqlite3.node'));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writeFileSync(stamp, wanted);
  return true;
}

export const NO_ELECTRON = `Electron is not installed here: its binary was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD=1, or no network).
Electron 未安装：其程序文件没有下载（设置了 ELECTRON_SKIP_BINARY_DOWNLOAD=1，或无法联网）。

To run the app in a browser instead / 改用浏览器运行：
  npx qms demo --db demo.sqlite
  npm run web -- --db demo.sqlite
To get the desktop app, reinstall Electron with network access / 需要桌面版时，请在联网时重新安装 Electron：
  npm rebuild electron   (or: rm -rf node_modules/electron && npm install)`;

export const noHeaders = (reason) => `Could not build better-sqlite3 for Electron: ${reason}
无法为 Electron 编译 better-sqlite3（通常是无法下载 Electron 头文件，或缺少 C++ 编译工具）。

This needs network access to download Electron's headers, and a C++ toolchain.
Without them, run the app in a browser / 无法满足时，请改用浏览器运行：  npm run web -- --db demo.sqlite`;

/** The command-line entry: exit code 0 when Electron can start, 1 with a plain explanation otherwise. */
export async function main({ root = ROOT, env = process.env, loadRebuild = async () => (await import('@electron/rebuild')).rebuild, log = console.log, error = console.error } = {}) {
  if (!electronBinary(root, env)) {
    error(NO_ELECTRON);
    return 1;
  }
  try {
    await buildNative({ root, rebuild: await loadRebuild(), log });
    return 0;
  } catch (err) {
    error(noHeaders(err instanceof Error ? err.message : String(err)));
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) process.exit(await main());
