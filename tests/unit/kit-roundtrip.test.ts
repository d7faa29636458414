import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../electron/backend/audit/verify';
import { decryptKit } from '../../electron/backend/kit/container';
import { chainGenesis, databaseIdentity, kitInfo } from '../../electron/backend/kit/identity';
import { kitExport } from '../../electron/backend/kit/export';
import { kitMerge } from '../../electron/backend/kit/merge';
import { kitOpen, kitPack } from '../../electron/backend/kit/field';
import { verifyKit } from '../../electron/backend/kit/verify';
import { client, openTestBackend, PASSWORD, snapshot, tempDir, withAllRoles, type TestBackend } from '../helpers/backend';
import { cliCtx, exportDocuments, PASSPHRASE, TEST_KDF } from '../helpers/kit';

let dir: ReturnType<typeof tempDir>;
let main: TestBackend;
let numbers: string[];
beforeEach(async () => {
  dir = tempDir();
  main = openTestBackend(join(dir.dir, 'main.sqlite'));
  const roles = await withAllRoles(main.backend);
  const a = await roles.author.call('documents.create', { title: '服务质量管理制度', type: 'regulation' });
  const b = await roles.author.call('documents.create', { title: '客户投诉处理办法', type: 'regulation' });
  numbers = [a.number, b.number];
});
afterEach(async () => {
  await main.close();
  dir.cleanup();
});

/** Opens a kit as a field database, signs the auditor in (a field trail entry), packs it for the return. */
async function fieldWork(kitFile: string, name: string) {
  const fieldPath = join(dir.dir, `${name}.sqlite`);
  await kitOpen(kitFile, PASSPHRASE, fieldPath);
  const field = openTestBackend(fieldPath);
  await client(field.backend).call('auth.signIn', { username: 'auditor', password: PASSWORD });
  await field.close();
  const back = join(dir.dir, `${name}-return.qmskit`);
  await kitPack(fieldPath, PASSPHRASE, back, TEST_KDF);
  return { fieldPath, back };
}

describe('the field kit round trip', () => {
  it('exports, opens, works in the field, packs, verifies and merges; the same kit again is a no-op', async () => {
    const { out, header } = await exportDocuments(main.backend, dir.dir, 'k.qmskit', [numbers[0]!], ['auditor']);
    const me = databaseIdentity(main.backend.store.sqlite)!;
    expect(header).toMatchObject({ stage: 'export', mainDatabaseId: me.databaseId, scopes: [{ label: numbers[0], sequence: 1 }], forUsers: ['auditor'] });
    expect(header.records).toEqual([{ table: 'documents', count: 1 }]);

    const { fieldPath, back } = await fieldWork(out, 'field');
    const field = openTestBackend(fieldPath);
    const fs = field.backend.store.sqlite;
    expect(databaseIdentity(fs)).toMatchObject({ kind: 'kit' });
    expect(databaseIdentity(fs)!.databaseId).not.toBe(me.databaseId);
    expect(fs.prepare('SELECT COUNT(*) AS n FROM database_secret').get()).toEqual({ n: 0 });
    // Only the named account travels, with its password hash; the others do not.
    expect(fs.prepare('SELECT username FROM users ORDER BY username').pluck().all()).toEqual(['auditor']);
    expect(verifyChain(fs, chainGenesis(fs))).toMatchObject({ intact: true, checked: 1 });
    expect(verifyChain(fs).intact).toBe(false); // it starts from the seal, not from zeros
    await field.close();

    const report = await verifyKit(main.file, back, PASSPHRASE);
    expect(report).toMatchObject({ status: 'ready', reason: null, fieldEntries: 1 });
    expect(report.checks.every((c) => c.ok)).toBe(true);

    const merged = await kitMerge(cliCtx(main.backend), back, PASSPHRASE, { id: null, displayName: '质量经理' });
    expect(merged.merged).toBe(1);
    const ms = main.backend.store.sqlite;
    const entry = ms.prepare("SELECT * FROM audit_log WHERE origin IS NOT NULL").get() as Record<string, string>;
    const auditorId = ms.prepare("SELECT id FROM users WHERE username = 'auditor'").pluck().get();
    expect(entry).toMatchObject({ entity: 'user', action: 'signIn', actor_id: auditorId, actor_name: 'auditor', format: 2 });
    expect(JSON.parse(entry.origin!)).toMatchObject({ kitId: header.kitId, fieldSeq: 1, mergedBy: { id: null, name: '质量经理' } });
    expect(verifyChain(ms).intact).toBe(true);
    const qm = client(main.backend);
    qm.token = (await qm.call('auth.signIn', { username: 'manager', password: PASSWORD })).token;
    const history = await qm.call('audit.history', { entity: 'user', entityId: auditorId as string, page: 1, pageSize: 10 });
    expect(history.items.find((i) => i.origin)?.origin).toMatchObject({ kitId: header.kitId, fieldSeq: 1 });
    expect(ms.prepare('SELECT scope, sequence, entries FROM kit_imports').all()).toEqual([{ scope: header.scopes[0]!.scope, sequence: 1, entries: 1 }]);

    const before = snapshot(main.backend);
    expect(await kitMerge(cliCtx(main.backend), back, PASSPHRASE, { id: null, displayName: '质量经理' })).toMatchObject({ merged: 0, report: { status: 'alreadyMerged' } });
    expect(snapshot(main.backend)).toBe(before);
  });

  it('makes everything but the kit records read-only in the field database, in the service layer', async () => {
    const { out } = await exportDocuments(main.backend, dir.dir, 'k.qmskit', numbers, ['author', 'manager']);
    const fieldPath = join(dir.dir, 'field.sqlite');
    await kitOpen(out, PASSPHRASE, fieldPath);
    const field = openTestBackend(fieldPath);
    try {
      const author = client(field.backend);
      author.token = (await author.call('auth.signIn', { username: 'author', password: PASSWORD })).token;
      const ids = field.backend.store.sqlite.prepare('SELECT id FROM documents ORDER BY number').pluck().all() as string[];
      // Both documents are in the kit; the selection made them both writable.
      const found = await author.call('search.documents', { q: '客户投诉' });
      expect(found.hits.map((h) => h.number)).toEqual([numbers[1]]);
      const doc = await author.call('documents.get', { id: ids[0]! });
      expect((await author.call('documents.update', { id: doc.id, version: doc.version, title: '现场修改' })).title).toBe('现场修改');
      // A record outside the kit's records: the manager's account may sign in, but not change settings.
      const qm = client(field.backend);
      qm.token = (await qm.call('auth.signIn', { username: 'manager', password: PASSWORD })).token;
      const before = snapshot(field.backend);
      const refused = await qm.raw('settings.update', { documentNumberPattern: 'X-{type}-{seq}' }, 'zh-CN');
      expect(refused).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(refused.ok ? '' : refused.error.message).toContain('现场审核包');
      expect(snapshot(field.backend)).toBe(before);
    } finally {
      await field.close();
    }
    // The same call in the main database is not affected.
    const qm = client(main.backend);
    qm.token = (await qm.call('auth.signIn', { username: 'manager', password: PASSWORD })).token;
    expect(await qm.raw('settings.update', { documentNumberPattern: 'X-{type}-{seq}' })).toMatchObject({ ok: true });
  });

  it('refuses a field entry it cannot merge yet, writing nothing', async () => {
    const { out } = await exportDocuments(main.backend, dir.dir, 'k.qmskit', [numbers[0]!], ['author']);
    const fieldPath = join(dir.dir, 'field.sqlite');
    await kitOpen(out, PASSPHRASE, fieldPath);
    const field = openTestBackend(fieldPath);
    const author = client(field.backend);
    author.token = (await author.call('auth.signIn', { username: 'author', password: PASSWORD })).token;
    const id = field.backend.store.sqlite.prepare('SELECT id FROM documents').pluck().get() as string;
    const doc = await author.call('documents.get', { id });
    await author.call('documents.update', { id, version: doc.version, title: '现场修改' });
    await field.close();
    const back = join(dir.dir, 'back.qmskit');
    await kitPack(fieldPath, PASSPHRASE, back, TEST_KDF);
    const before = snapshot(main.backend);
    await expect(kitMerge(cliCtx(main.backend), back, PASSPHRASE, { id: null, displayName: 'x' })).rejects.toMatchObject({ key: 'kit.cannotMerge' });
    expect(snapshot(main.backend)).toBe(before);
  });

  it('refuses a bad export with nothing written: an unknown account, a bookkeeping table, a short passphrase', async () => {
    const before = snapshot(main.backend);
    await expect(exportDocuments(main.backend, dir.dir, 'x.qmskit', [numbers[0]!], ['nobody'])).rejects.toMatchObject({ key: 'kit.unknownUser' });
    const ctx = cliCtx(main.backend);
    const base = { writable: [], scopes: [{ scope: 's', label: 's' }], forUsers: ['auditor'], passphrase: PASSPHRASE, out: join(dir.dir, 'y.qmskit'), kdf: TEST_KDF };
    const userId = main.backend.store.sqlite.prepare("SELECT id FROM users WHERE username = 'manager'").pluck().get() as string;
    await expect(kitExport(ctx, { ...base, records: [{ table: 'users', ids: [userId] }] })).rejects.toMatchObject({ key: 'kit.badTable' });
    await expect(kitExport(ctx, { ...base, records: [{ table: 'documents', ids: ['missing'] }] })).rejects.toMatchObject({ key: 'kit.missingRecord' });
    await expect(kitExport(ctx, { ...base, records: [{ table: 'documents', ids: [userId] }], passphrase: 'short' })).rejects.toMatchObject({ key: 'kit.passphraseShort' });
    expect(snapshot(main.backend)).toBe(before);
    expect(readdirSync(dir.dir).filter((f) => f !== 'main.sqlite' && !f.startsWith('main.sqlite-'))).toEqual([]);
  });

  it('opens a kit only into a new file and authenticates the whole of it', async () => {
    const { out } = await exportDocuments(main.backend, dir.dir, 'k.qmskit', [numbers[0]!], ['auditor']);
    copyFileSync(main.file, join(dir.dir, 'taken.sqlite'));
    await expect(kitOpen(out, PASSPHRASE, join(dir.dir, 'taken.sqlite'))).rejects.toMatchObject({ key: 'kit.fieldExists' });
    const header = await decryptKit(out, PASSPHRASE, null);
    expect(header.kdf).toMatchObject({ name: 'scrypt', N: TEST_KDF.N });
    expect(kitInfo(main.backend.store.sqlite)).toBeNull();
  });
});
