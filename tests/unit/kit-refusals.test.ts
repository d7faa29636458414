import { copyFileSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptKit } from '../../electron/backend/kit/container';
import { kitMerge } from '../../electron/backend/kit/merge';
import { kitOpen, kitPack } from '../../electron/backend/kit/field';
import { verifyKit } from '../../electron/backend/kit/verify';
import { client, openTestBackend, PASSWORD, tempDir, withAllRoles } from '../helpers/backend';
import { cliCtx, exportDocuments, fileHash, PASSPHRASE, TEST_KDF } from '../helpers/kit';

/*
 * One main database; kits exported from it and from another database; every refusal checked against the
 * main file closed, hashed before and after: refused means byte-identical.
 */
const dir = tempDir();
const mainFile = join(dir.dir, 'main.sqlite');
let numbers: string[];
let kit1: string; // sequence 1, returned after field work
let kit2: string; // sequence 2 of the same document, merged
let foreign: string;
let unitId: string;

async function returned(kitFile: string, name: string, tamper?: (field: BetterSqlite3.Database) => void) {
  const fieldPath = join(dir.dir, `${name}.sqlite`);
  await kitOpen(kitFile, PASSPHRASE, fieldPath);
  const field = openTestBackend(fieldPath);
  await client(field.backend).call('auth.signIn', { username: 'auditor', password: PASSWORD });
  await client(field.backend).call('auth.signIn', { username: 'auditor', password: PASSWORD });
  await field.close();
  if (tamper) {
    const db = new BetterSqlite3(fieldPath);
    tamper(db);
    db.close();
  }
  const back = join(dir.dir, `${name}.qmskit`);
  await kitPack(fieldPath, PASSPHRASE, back, TEST_KDF);
  return back;
}

beforeAll(async () => {
  const main = openTestBackend(mainFile);
  const roles = await withAllRoles(main.backend);
  const unit = await roles.quality_manager.call('departments.create', { name: '客户服务部' });
  unitId = unit.id;
  numbers = [(await roles.author.call('documents.create', { title: '服务质量管理制度', type: 'regulation', departmentId: unit.id })).number];
  kit1 = await returned((await exportDocuments(main.backend, dir.dir, 'e1.qmskit', numbers, ['auditor'])).out, 'k1');
  kit2 = await returned((await exportDocuments(main.backend, dir.dir, 'e2.qmskit', numbers, ['auditor'])).out, 'k2');
  await kitMerge(cliCtx(main.backend), kit2, PASSPHRASE, { id: null, displayName: 'qm' });
  await main.close();
  const other = openTestBackend(join(dir.dir, 'other.sqlite'));
  const r = await withAllRoles(other.backend);
  const n = (await r.author.call('documents.create', { title: '别处的文件', type: 'regulation' })).number;
  foreign = await returned((await exportDocuments(other.backend, dir.dir, 'f.qmskit', [n], ['auditor'])).out, 'foreign');
  await other.close();
});
afterAll(() => dir.cleanup());

/** Verifies, expecting a refusal with this reason, and the main file byte-identical. */
async function refused(kitFile: string, reason: string, passphrase = PASSPHRASE) {
  const before = fileHash(mainFile);
  const report = await verifyKit(mainFile, kitFile, passphrase);
  expect(report).toMatchObject({ status: 'refused', reason });
  expect(report.message!['zh-CN']).not.toBe(report.message!.en);
  expect(fileHash(mainFile)).toBe(before);
  return report;
}

function copyKit(name: string, edit: (buf: Buffer) => Buffer) {
  const file = join(dir.dir, name);
  writeFileSync(file, edit(readFileSync(kit1)));
  return file;
}

describe('refusals of a returned kit (main database byte-identical)', () => {
  it('the same kit twice is a no-op, and leaves the file alone', async () => {
    const before = fileHash(mainFile);
    expect(await verifyKit(mainFile, kit2, PASSPHRASE)).toMatchObject({ status: 'alreadyMerged', reason: 'kit.alreadyMerged' });
    expect(fileHash(mainFile)).toBe(before);
  });

  it('an older kit of the same scope than one already merged', async () => {
    const r = await refused(kit1, 'kit.older');
    expect(r.message!.en).toContain('sequence 2');
    expect(r.checks.at(-1)).toEqual({ check: 'sequence', ok: false });
  });

  it('a wrong passphrase', async () => {
    await refused(kit1, 'kit.wrongPassphrase', 'not the passphrase');
    await expect(decryptKit(kit1, 'not the passphrase', null)).rejects.toMatchObject({ key: 'kit.wrongPassphrase' });
  });

  it('a truncated file', async () => {
    const file = join(dir.dir, 'truncated.qmskit');
    copyFileSync(kit1, file);
    truncateSync(file, statSync(file).size - 1000);
    const r = await refused(file, 'kit.truncated');
    expect(r.message!.en).toContain('1000 bytes missing');
    truncateSync(file, 10);
    await refused(file, 'kit.truncated');
  });

  it('a corrupted byte in the ciphertext, in the tag, in the header', async () => {
    const size = statSync(kit1).size;
    await refused(copyKit('c1.qmskit', (b) => (b[Math.floor(size * 0.6)]! ^= 1, b)), 'kit.corrupt');
    await refused(copyKit('c2.qmskit', (b) => (b[size - 1]! ^= 0x80, b)), 'kit.corrupt');
    // The header is associated data: a changed sequence number breaks the tag even with the right passphrase.
    await refused(copyKit('c3.qmskit', (b) => Buffer.from(b.toString('latin1').replace('"sequence":1', '"sequence":9'), 'latin1')), 'kit.corrupt');
    // Header bytes that no longer parse as its JSON.
    await refused(copyKit('c4.qmskit', (b) => b.fill(0x20, 20, 24)), 'kit.corrupt');
  });

  it('a wrong magic or an unknown format version', async () => {
    await refused(copyKit('m.qmskit', (b) => (b.write('NOTAKIT!', 0, 'latin1'), b)), 'kit.notKit');
    await refused(copyKit('v.qmskit', (b) => (b.writeUInt16BE(7, 8), b)), 'kit.version');
    await refused(mainFile, 'kit.notKit');
  });

  it('a kit from another database', async () => {
    const r = await refused(foreign, 'kit.otherDatabase');
    expect(r.checks).toEqual([{ check: 'decryption', ok: true }, { check: 'payload', ok: true }, { check: 'belongs', ok: false }]);
  });

  it('an altered base: the sealed rows, or a read-only row', async () => {
    const e = (await exportOnce('e3.qmskit')).out;
    const sealed = await returned(e, 'alt1', (db) => db.prepare("UPDATE kit_base SET data = replace(data, '服务', '服侍')").run());
    expect(await refused(sealed, 'kit.baseAltered')).toMatchObject({ message: { en: expect.stringContaining('seal') } });
    // The unit came with the document, read-only in the field: changed behind the app's back, it is found.
    const readOnly = await returned(e, 'alt2', (db) => db.prepare("UPDATE departments SET name = '改名' WHERE id = ?").run(unitId));
    expect(await refused(readOnly, 'kit.baseAltered')).toMatchObject({ message: { en: expect.stringContaining(`departments/${unitId}`) } });
  });

  it('an altered field trail: an edited entry, a removed one', async () => {
    const e = (await exportOnce('e4.qmskit')).out;
    await refused(await returned(e, 't1', (db) => db.prepare("UPDATE audit_log SET actor_name = 'someone' WHERE seq = 1").run()), 'kit.trailAltered');
    await refused(await returned(e, 't2', (db) => db.prepare('DELETE FROM audit_log WHERE seq = 1').run()), 'kit.trailAltered');
    await refused(await returned(e, 't3', (db) => db.prepare('DELETE FROM audit_log WHERE seq = 2').run()), 'kit.trailAltered');
  });

  it('a payload that decrypts but is not a whole field database', async () => {
    const e = (await exportOnce('e5.qmskit')).out;
    await refused(await returned(e, 'p1', (db) => db.prepare('DROP TABLE kit_records').run()), 'kit.corrupt');
  });
});

/** A new export from the (closed) main database: reopened, exported, closed again. */
async function exportOnce(name: string) {
  const main = openTestBackend(mainFile);
  try {
    return await exportDocuments(main.backend, dir.dir, name, numbers, ['auditor']);
  } finally {
    await main.close();
  }
}
