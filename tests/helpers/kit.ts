import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Backend, ServiceContext } from '../../electron/backend/context';
import { kitExport } from '../../electron/backend/kit/export';
import { documentSelection } from '../../electron/backend/kit/selection';

/** Cheap scrypt parameters for tests (the format stores them; the default is 64 MiB). */
export const TEST_KDF = { N: 1 << 10, r: 8, p: 1 };
export const PASSPHRASE = '现场审核 passphrase 1';

export const fileHash = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

export const cliCtx = (backend: Backend): ServiceContext => ({ backend, caller: null, locale: 'en' });

/** Exports a kit of documents (by number) for the named users into dir/name. */
export async function exportDocuments(backend: Backend, dir: string, name: string, numbers: string[], forUsers: string[]) {
  const out = join(dir, name);
  const header = await kitExport(
    cliCtx(backend),
    { ...documentSelection(backend.store.sqlite, numbers), forUsers, passphrase: PASSPHRASE, out, kdf: TEST_KDF },
    { id: null, displayName: 'qms CLI (test)' },
  );
  return { out, header };
}
