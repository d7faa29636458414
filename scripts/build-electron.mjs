// Bundles the Electron main process (ESM sources → one CommonJS file) and the preload (CommonJS, as
// sandboxed preloads must be). Packages with native bindings (better-sqlite3, @napi-rs/canvas) and pdfjs-dist
// (which loads its own worker module) stay external: electron-builder ships them from node_modules.
import { cpSync } from 'node:fs';
import { build } from 'esbuild';

// import.meta.url is empty in the CommonJS bundle: the job runner reads it only when the bundled worker is absent.
const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', external: ['electron', 'better-sqlite3', '@napi-rs/canvas', 'pdfjs-dist'], logLevel: 'warning', logOverride: { 'empty-import-meta': 'silent' } };
await build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs' });
await build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs' });
// The job runner's worker thread (Word layout pass, imports), found beside main.cjs at run time.
await build({ ...common, entryPoints: ['electron/backend/jobs/worker.ts'], outfile: 'dist/electron/job-worker.cjs' });
// The OFL CJK font charts fall back to when the system has none (electron/backend/charts/render.ts), beside main.cjs.
cpSync('assets/fonts', 'dist/electron/fonts', { recursive: true });
