import { join } from 'node:path';
import { APP_ROOT } from '../backend/app-root';
import { verifyChain } from '../backend/audit/verify';
import { chainGenesis, databaseIdentity, kitInfo } from '../backend/kit/identity';
import { backupTo } from '../backend/db/backup';
import { openReadOnly } from '../backend/db/open';
import { createBackend } from '../backend/backend';
import { inTransaction } from '../backend/context';
import { loadMigrations } from '../backend/db/migrations';
import { cliActor, osUserName } from './actor';
import type { Command, CommandArgs } from './commands';
import { databaseFile } from './database-file';

export const backupCommand: Command = async ({ options, locale, io }) => {
  if (!options.out) {
    io.err(locale === 'zh-CN' ? '请用 --out 指定备份文件。' : 'Give the backup file with --out.');
    return 2;
  }
  const dbFile = databaseFile(options);
  const migrationsDir = join(APP_ROOT, 'migrations');
  const sqlite = openReadOnly(dbFile, migrationsDir);
  let result: { file: string; sizeBytes: number };
  let current: boolean;
  try {
    result = backupTo(sqlite, options.out);
    current = sqlite.pragma('user_version', { simple: true }) === loadMigrations(migrationsDir).length;
  } finally {
    sqlite.close();
  }
  io.out(`${locale === 'zh-CN' ? '备份完成' : 'Backup written'}: ${result.file} (${result.sizeBytes} bytes)`);
  // Recorded in the trail, as the OS user; a database an older version wrote is backed up but never upgraded here.
  if (current) {
    try {
      await recordBackup(dbFile, result, locale);
    } catch (err) {
      io.err(`${locale === 'zh-CN' ? '备份已写出，但未能记入审计追踪' : 'The backup is written, but it could not be recorded in the audit trail'}: ${err instanceof Error ? err.message : String(err)}`);
    }
  }
  return 0;
};

async function recordBackup(file: string, result: { file: string; sizeBytes: number }, locale: CommandArgs['locale']) {
  const backend = createBackend({ file, host: 'cli', appRoot: APP_ROOT });
  try {
    backend.store.sqlite.pragma('busy_timeout = 1000'); // the app may hold the write lock; the backup is already safe
    const actor = cliActor();
    await inTransaction({ backend, caller: null, locale }, (_trx, audit) =>
      audit({ entity: 'settings', entityId: 'backup', action: 'backup', after: { file: result.file, sizeBytes: result.sizeBytes, osUser: osUserName() } }),
      actor,
    );
  } finally {
    await backend.store.close();
  }
}

export const verifyCommand: Command = async ({ options, locale, io }) => {
  const zh = locale === 'zh-CN';
  const sqlite = openReadOnly(databaseFile(options), join(APP_ROOT, 'migrations'));
  try {
    let integrity: string[];
    try {
      integrity = (sqlite.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check);
    } catch (err) {
      integrity = [(err as Error).message];
    }
    const intact = integrity.length === 1 && integrity[0] === 'ok';
    io.out(`${zh ? 'SQLite 完整性检查' : 'SQLite integrity check'}: ${intact ? 'ok' : integrity.join('; ')}`);
    if (!intact) return 1;
    const identity = databaseIdentity(sqlite);
    const kit = kitInfo(sqlite);
    if (identity) {
      const kind = kit ? `${zh ? '现场审核包' : 'field kit'} ${kit.kitId} (${zh ? '主数据库' : 'main database'} ${kit.mainDatabaseId})` : zh ? '主数据库' : 'main database';
      io.out(`${zh ? '数据库标识' : 'Database id'}: ${identity.databaseId} — ${kind}`);
    }
    const report = verifyChain(sqlite, chainGenesis(sqlite));
    io.out(`${zh ? '审计追踪' : 'Audit trail'}: ${report.checked} ${zh ? '条' : 'entries'}, ${report.intact ? 'ok' : zh ? '已被篡改' : 'TAMPERED'}`);
    for (const p of report.problems) io.out(`  #${p.seq}: ${p.problem}`);
    return report.intact ? 0 : 1;
  } finally {
    sqlite.close();
  }
};
