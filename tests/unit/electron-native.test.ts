import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../../electron/backend/app-root';
import { buildNative, electronBinary, main, type RebuildOptions } from '../../scripts/electron-native.mjs';
import { tempDir } from '../helpers/backend';

let tmp: ReturnType<typeof tempDir> | undefined;
afterEach(() => tmp?.cleanup());

/** A project folder with just what the script reads: electron's and better-sqlite3's package.json. */
function fakeProject(withBinary: boolean) {
  tmp = tempDir();
  const root = tmp.dir;
  mkdirSync(join(root, 'node_modules', 'electron', 'dist'), { recursive: true });
  writeFileSync(join(root, 'node_modules', 'electron', 'package.json'), JSON.stringify({ version: '45.4.1' }));
  if (withBinary) {
    writeFileSync(join(root, 'node_modules', 'electron', 'path.txt'), 'electron');
    writeFileSync(join(root, 'node_modules', 'electron', 'dist', 'electron'), '');
  }
  mkdirSync(join(root, 'node_modules', 'better-sqlite3'), { recursive: true });
  writeFileSync(join(root, 'node_modules', 'better-sqlite3', 'package.json'), JSON.stringify({ version: '12.11.1' }));
  return root;
}

/** Stands in for @electron/rebuild: checks what it is given, as the real one does, and "compiles". */
function stubRebuild(calls: RebuildOptions[]) {
  return async (options: RebuildOptions) => {
    calls.push(options);
    if (!isAbsolute(options.buildPath)) throw new Error('Expected buildPath to be an absolute path');
    const release = join(options.buildPath, 'node_modules', 'better-sqlite3', 'build', 'Release');
    mkdirSync(release, { recursive: true });
    writeFileSync(join(release, 'better_sqlite3.node'), 'electron build');
  };
}

describe('npm start: the Electron native build', () => {
  it('gives @electron/rebuild an absolute buildPath, keeps the result beside node_modules and builds once', async () => {
    const root = fakeProject(true);
    const calls: RebuildOptions[] = [];
    const log: string[] = [];
    expect(await buildNative({ root, rebuild: stubRebuild(calls), log: (l) => log.push(l) })).toBe(true);
    expect(calls).toEqual([{ buildPath: join(root, '.electron-native', 'build'), electronVersion: '45.4.1', onlyModules: ['better-sqlite3'], force: true }]);
    expect(readFileSync(join(root, '.electron-native', 'better_sqlite3.node'), 'utf8')).toBe('electron build');
    expect(existsSync(join(root, '.electron-native', 'build'))).toBe(false);
    expect(log[0]).toContain('Electron 45.4.1');
    expect(await buildNative({ root, rebuild: stubRebuild(calls) })).toBe(false);
    expect(calls).toHaveLength(1);
  });

  it('without the Electron binary says so plainly and points to npm run web', async () => {
    const root = fakeProject(false);
    expect(electronBinary(root, {})).toBeNull();
    const errors: string[] = [];
    const code = await main({ root, env: {}, loadRebuild: async () => { throw new Error('must not be loaded'); }, error: (l) => errors.push(l) });
    expect(code).toBe(1);
    expect(errors.join('\n')).toMatch(/Electron is not installed here[\s\S]*npm run web/);
  });

  it('when the headers cannot be downloaded says so and points to npm run web, exit 1', async () => {
    const root = fakeProject(true);
    const errors: string[] = [];
    const failing = async () => {
      throw new Error('getaddrinfo ENOTFOUND www.electronjs.org');
    };
    expect(await main({ root, env: {}, loadRebuild: async () => failing, error: (l) => errors.push(l) })).toBe(1);
    expect(errors.join('\n')).toMatch(/ENOTFOUND[\s\S]*npm run web/);
  });

  it('run as npm start runs it, on a machine without the binary: exit 1 with the explanation, before any build', () => {
    const r = spawnSync(process.execPath, [join(APP_ROOT, 'scripts', 'electron-native.mjs')], {
      env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: join(APP_ROOT, 'no-such-electron') },
      encoding: 'utf8',
    });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('npm run web');
    const pkg = JSON.parse(readFileSync(join(APP_ROOT, 'package.json'), 'utf8'));
    expect(pkg.scripts.start.startsWith('node scripts/electron-native.mjs && ')).toBe(true);
  });

  it('the main process, preload and job worker bundle (native and worker-loading packages stay external)', () => {
    const r = spawnSync(process.execPath, [join(APP_ROOT, 'scripts', 'build-electron.mjs')], { cwd: APP_ROOT, encoding: 'utf8' });
    expect(r.stderr).not.toMatch(/ERROR/);
    expect(r.status).toBe(0);
    for (const f of ['main.cjs', 'preload.cjs', 'job-worker.cjs']) expect(existsSync(join(APP_ROOT, 'dist', 'electron', f))).toBe(true);
    expect(readFileSync(join(APP_ROOT, 'dist', 'electron', 'main.cjs'), 'utf8')).toContain('require("@napi-rs/canvas")');
  });
});
