// Builds better-sqlite3 for Electron's ABI into .electron-native/, beside (not over) the copy that
// Node uses, so `npm test` keeps working after `npm start`. Electron main loads it via nativeBinding.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { rebuild } from '@electron/rebuild';

const require = createRequire(import.meta.url);
const electronVersion = require('electron/package.json').version;
const sqliteVersion = require('better-sqlite3/package.json').version;
const out = '.electron-native';
const stamp = join(out, 'stamp.json');
const wanted = JSON.stringify({ electronVersion, sqliteVersion });

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted) process.exit(0);

const work = join(out, 'build');
rmSync(work, { recursive: true, force: true });
mkdirSync(join(work, 'node_modules'), { recursive: true });
writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'qms-native', dependencies: { 'better-sqlite3': sqliteVersion } }));
cpSync('node_modules/better-sqlite3', join(work, 'node_modules', 'better-sqlite3'), { recursive: true });
console.log(`Building better-sqlite3 ${sqliteVersion} for Electron ${electronVersion} …`);
await rebuild({ buildPath: work, electronVersion, onlyModules: ['better-sqlite3'], force: true });
cpSync(join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), join(out, 'better_sqlite3.node'));
rmSync(work, { recursive: true, force: true });
writeFileSync(stamp, wanted);
