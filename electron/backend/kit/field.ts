import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { KitHeader } from '../../../shared/kit/header';
import { APP_ROOT } from '../app-root';
import { backupTo } from '../db/backup';
import { openReadOnly } from '../db/open';
import { AppError } from '../errors';
import { nowIso } from '../clock';
import { decryptKit, DEFAULT_KDF, type KdfParams } from './container';
import { writeKit } from './container';
import { recordCounts } from './export';
import { kitInfo } from './identity';
import { openPayload } from './verify';

/**
 * Unpacks a kit into a working field database (never over an existing file). The field database is a
 * database of the app like any other, which knows it is a kit: everything but the kit's records is read-only.
 */
export async function kitOpen(kitFile: string, passphrase: string, fieldDbPath: string): Promise<KitHeader> {
  const target = resolve(fieldDbPath);
  if (existsSync(target)) throw new AppError('CONFLICT', 'kit.fieldExists', { file: target });
  const work = mkdtempSync(join(dirname(target), '.qmskit-'));
  try {
    const part = join(work, 'field.sqlite');
    const header = await decryptKit(kitFile, passphrase, part);
    openPayload(part, header).close();
    renameSync(part, target);
    return header;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** Packs a field database again, encrypted, for the return: a consistent snapshot, safe while the app runs. */
export async function kitPack(fieldDbPath: string, passphrase: string, out: string, kdf: KdfParams = DEFAULT_KDF): Promise<KitHeader> {
  const field = openReadOnly(fieldDbPath, join(APP_ROOT, 'migrations'));
  const target = resolve(out);
  const work = mkdtempSync(join(dirname(target), '.qmskit-'));
  try {
    const info = kitInfo(field);
    if (!info) throw new AppError('VALIDATION', 'kit.notField');
    const snapshot = join(work, 'field.sqlite');
    backupTo(field, snapshot);
    const { n } = field.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number };
    return await writeKit(
      target,
      {
        stage: 'return',
        kitId: info.kitId,
        mainDatabaseId: info.mainDatabaseId,
        scopes: info.scopes,
        createdAt: info.createdAt,
        createdBy: info.createdBy,
        packedAt: nowIso(),
        forUsers: info.forUsers,
        records: recordCounts(field),
        fieldEntries: n,
      },
      snapshot,
      passphrase,
      kdf,
    );
  } finally {
    field.close();
    rmSync(work, { recursive: true, force: true });
  }
}

/** The header of a kit after checking the passphrase and authenticating the whole file (nothing written). */
export async function kitInfoOf(kitFile: string, passphrase: string): Promise<KitHeader> {
  return decryptKit(kitFile, passphrase, null);
}
