import { timingSafeEqual } from 'node:crypto';
import { closeSync, mkdtempSync, openSync, readSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { message, type MessageKey } from '../../../shared/api/messages';
import type { KitHeader } from '../../../shared/kit/header';
import type { KitCheck, KitVerifyReport } from '../../../shared/kit/report';
import { APP_ROOT } from '../app-root';
import { verifyChain } from '../audit/verify';
import { openReadOnly } from '../db/open';
import { AppError } from '../errors';
import { decryptKit } from './container';
import { databaseIdentity, kitInfo, mainIdentity, type KitInfo } from './identity';
import { canonicalRow, computeSeal } from './seal';

export interface OpenedKit {
  header: KitHeader;
  info: KitInfo;
  /** The decrypted field database, read-only, in a private temp folder. */
  kit: BetterSqlite3.Database;
  report: KitVerifyReport;
}

const SQLITE_HEADER = Buffer.from('SQLite format 3\0', 'latin1');

/** Decrypts a kit into a private temp folder and opens it read-only; checks it is a field database matching its header. */
export async function decryptToTemp(kitFile: string, passphrase: string): Promise<{ header: KitHeader; info: KitInfo; kit: BetterSqlite3.Database; dispose(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'qmskit-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    const file = join(dir, 'field.sqlite');
    const header = await decryptKit(kitFile, passphrase, file);
    const kit = openPayload(file, header);
    return { header, info: kitInfo(kit)!, kit, dispose: () => (kit.close(), dispose()) };
  } catch (err) {
    dispose();
    throw err;
  }
}

/** The decrypted payload must be a field database whose facts are the header's. */
export function openPayload(file: string, header: KitHeader): BetterSqlite3.Database {
  const first = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, first, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (!first.equals(SQLITE_HEADER)) throw new AppError('VALIDATION', 'kit.corrupt');
  const kit = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    const check = kit.pragma('quick_check', { simple: true });
    const identity = databaseIdentity(kit);
    const info = kitInfo(kit);
    const same =
      check === 'ok' && identity?.kind === 'kit' && info !== null && info.kitId === header.kitId && info.mainDatabaseId === header.mainDatabaseId &&
      JSON.stringify(info.scopes) === JSON.stringify(header.scopes);
    if (!same) throw new AppError('VALIDATION', 'kit.corrupt');
    return kit;
  } catch (err) {
    kit.close();
    if (err instanceof AppError) throw err;
    throw new AppError('VALIDATION', 'kit.corrupt');
  }
}

/** Base rows the field could not change must still equal the sealed base (a writable one may differ). */
function firstAlteredRow(kit: BetterSqlite3.Database): string | null {
  const rows = kit
    .prepare('SELECT tbl, row_id, data FROM kit_base WHERE row_id NOT IN (SELECT entity_id FROM kit_records) ORDER BY tbl, row_id')
    .iterate() as IterableIterator<{ tbl: string; row_id: string; data: string }>;
  for (const r of rows) {
    const row = kit.prepare(`SELECT * FROM "${r.tbl}" WHERE id = ?`).get(r.row_id) as Record<string, unknown> | undefined;
    if (!row || canonicalRow(row) !== r.data) return `${r.tbl}/${r.row_id}`;
  }
  return null;
}

const sameHex = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Every check of a returned kit against the main database, reading the main database only: decryption and
 * integrity, that it belongs to this database, the seal over its base, the base rows the field could not
 * change, the field trail's chain from the seal, and its sequence numbers against what was merged.
 * The kit stays open for the caller (a merge) when ready; dispose() closes and removes it.
 */
export async function inspectKit(main: BetterSqlite3.Database, kitFile: string, passphrase: string): Promise<{ report: KitVerifyReport; opened: (OpenedKit & { dispose(): void }) | null }> {
  const checks: KitVerifyReport['checks'] = [];
  const pass = (check: KitCheck) => checks.push({ check, ok: true });
  let header: KitHeader | null = null;
  let fieldEntries = 0;
  let opened: Awaited<ReturnType<typeof decryptToTemp>> | null = null;
  const finish = (status: KitVerifyReport['status'], key: MessageKey | null, params: Record<string, unknown> = {}): KitVerifyReport => ({
    status,
    reason: key,
    message: key ? { 'zh-CN': message(key, 'zh-CN', params), en: message(key, 'en', params) } : null,
    header,
    checks,
    fieldEntries,
  });
  let step: KitCheck = 'decryption';
  try {
    opened = await decryptToTemp(kitFile, passphrase);
    header = opened.header;
    const { kit, info } = opened;
    pass('decryption');
    pass('payload');
    step = 'belongs';
    const mine = mainIdentity(main);
    if (info.mainDatabaseId !== mine.databaseId) throw new AppError('VALIDATION', 'kit.otherDatabase', { found: info.mainDatabaseId, expected: mine.databaseId });
    pass('belongs');
    step = 'seal';
    if (!sameHex(computeSeal(mine.secret, info, kit), info.seal)) throw new AppError('VALIDATION', 'kit.baseAltered', { detail: 'seal' });
    pass('seal');
    step = 'base';
    const altered = firstAlteredRow(kit);
    if (altered) throw new AppError('VALIDATION', 'kit.baseAltered', { detail: altered });
    pass('base');
    step = 'trail';
    const chain = verifyChain(kit, info.seal);
    fieldEntries = chain.checked;
    if (!chain.intact) throw new AppError('VALIDATION', 'kit.trailAltered', { seq: chain.problems[0]!.seq, problem: chain.problems[0]!.problem });
    pass('trail');
    step = 'sequence';
    let merged: string | null = null;
    for (const s of info.scopes) {
      const same = main.prepare('SELECT merged_at FROM kit_imports WHERE kit_id = ? AND scope = ?').get(info.kitId, s.scope) as { merged_at: string } | undefined;
      if (same) {
        merged = same.merged_at;
        continue;
      }
      const newest = main.prepare('SELECT MAX(sequence) AS seq FROM kit_imports WHERE scope = ?').get(s.scope) as { seq: number | null };
      if (newest.seq !== null && newest.seq > s.sequence) throw new AppError('CONFLICT', 'kit.older', { label: s.label, merged: newest.seq, sequence: s.sequence });
    }
    pass('sequence');
    if (merged) {
      opened.dispose();
      return { report: finish('alreadyMerged', 'kit.alreadyMerged', { at: merged }), opened: null };
    }
    const report = finish('ready', null);
    return { report, opened: { ...opened, report } };
  } catch (caught) {
    opened?.dispose();
    // A payload that decrypts but is not the field database it claims (crafted, or from a broken writer) is corrupt.
    const err = caught instanceof AppError ? caught : opened ? new AppError('VALIDATION', 'kit.corrupt') : null;
    if (!err) throw caught;
    checks.push({ check: step, ok: false });
    return { report: finish('refused', err.key as MessageKey, err.params), opened: null };
  }
}

/** Verifies a kit against the main database file, opened read-only: the main file is never written. */
export async function verifyKit(mainDbPath: string, kitFile: string, passphrase: string): Promise<KitVerifyReport> {
  const main = openReadOnly(mainDbPath, join(APP_ROOT, 'migrations'));
  try {
    const { report, opened } = await inspectKit(main, kitFile, passphrase);
    opened?.dispose();
    return report;
  } finally {
    main.close();
  }
}
