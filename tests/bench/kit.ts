// The field kit on ~100 MB of synthetic attachments (incompressible bytes, as photos are): export (build the
// field database, seal, encrypt), verify (decrypt, authenticate, check the seal and the trail against the
// main database read-only) and pack (snapshot, encrypt), each as MB/s of kit bytes with the ratio to
// copying the same bytes (copyFileSync of the kit file). With the real scrypt parameters (64 MiB).
import { createHash, randomBytes } from 'node:crypto';
import { copyFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { uuidv7 } from 'uuidv7';
import { kitExport } from '../../electron/backend/kit/export';
import { kitOpen, kitPack } from '../../electron/backend/kit/field';
import { verifyKit } from '../../electron/backend/kit/verify';
import { openTestBackend, tempDir, withAllRoles } from '../helpers/backend';

const PASSPHRASE = 'bench passphrase 现场';

async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; seconds: number }> {
  const start = process.hrtime.bigint();
  const value = await work();
  return { value, seconds: Number(process.hrtime.bigint() - start) / 1e9 };
}

export async function benchKit(photos: number, photoBytes: number): Promise<void> {
  const tmp = tempDir('qms-bench-kit-');
  try {
    const main = openTestBackend(join(tmp.dir, 'main.sqlite'));
    await withAllRoles(main.backend);
    const sqlite = main.backend.store.sqlite;
    const insert = sqlite.prepare(
      "INSERT INTO attachments (id, sha256, size, media_type, name, data, width, height, thumbnail, created_by, version, created_at, updated_at) VALUES (?, ?, ?, 'image/jpeg', ?, ?, 4032, 3024, NULL, NULL, 1, '2026-11-01T00:00:00.000Z', '2026-11-01T00:00:00.000Z')",
    );
    const ids: string[] = [];
    sqlite.transaction(() => {
      for (let i = 0; i < photos; i++) {
        const data = randomBytes(photoBytes);
        const id = uuidv7();
        ids.push(id);
        insert.run(id, createHash('sha256').update(data).digest('hex'), data.length, `现场照片-${i}.jpg`, data);
      }
    })();
    const exportFile = join(tmp.dir, 'export.qmskit');
    const exp = await timed(() =>
      kitExport(
        { backend: main.backend, caller: null, locale: 'en' },
        { records: [{ table: 'attachments', ids }], writable: [], scopes: [{ scope: 'bench', label: 'bench' }], forUsers: ['auditor'], passphrase: PASSPHRASE, out: exportFile },
        { id: null, displayName: 'bench' },
      ),
    );
    await main.close();
    const fieldPath = join(tmp.dir, 'field.sqlite');
    await kitOpen(exportFile, PASSPHRASE, fieldPath);
    const returnFile = join(tmp.dir, 'return.qmskit');
    const pack = await timed(() => kitPack(fieldPath, PASSPHRASE, returnFile));
    const verify = await timed(() => verifyKit(join(tmp.dir, 'main.sqlite'), returnFile, PASSPHRASE));
    if (verify.value.status !== 'ready') throw new Error(`bench kit not verified: ${verify.value.reason}`);
    const copy = await timed(() => copyFileSync(returnFile, join(tmp.dir, 'copy.qmskit')));
    const mb = statSync(returnFile).size / 1e6;
    const line = (label: string, seconds: number) =>
      console.log(`${label.padEnd(8)} ${seconds.toFixed(2).padStart(6)} s  ${(mb / seconds).toFixed(0).padStart(5)} MB/s  ×${(seconds / copy.seconds).toFixed(1)} a plain copy`);
    console.log(`Kit of ${photos} photos, ${mb.toFixed(1)} MB; copying it takes ${copy.seconds.toFixed(2)} s (${(mb / copy.seconds).toFixed(0)} MB/s)`);
    line('export', exp.seconds);
    line('verify', verify.seconds);
    line('pack', pack.seconds);
    // Streaming: memory does not grow with the kit (the main database itself holds the photos in its cache).
    console.log(`Peak resident memory of the whole bench process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
    rmSync(fieldPath, { force: true });
  } finally {
    tmp.cleanup();
  }
}
