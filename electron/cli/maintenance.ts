import { join } from 'node:path';
import { APP_ROOT } from '../backend/app-root';
import { verifyChain } from '../backend/audit/verify';
import { backupTo } from '../backend/db/backup';
import { openReadOnly } from '../backend/db/open';
import type { Command } from './commands';
import { databaseFile } from './database-file';

export const backupCommand: Command = async ({ options, locale, io }) => {
  if (!options.out) {
    io.err(locale === 'zh-CN' ? '请用 --out 指定备份文件。' : 'Give the backup file with --out.');
    return 2;
  }
  const sqlite = openReadOnly(databaseFile(options), join(APP_ROOT, 'migrations'));
  try {
    const { file, sizeBytes } = backupTo(sqlite, options.out);
    io.out(`${locale === 'zh-CN' ? '备份完成' : 'Backup written'}: ${file} (${sizeBytes} bytes)`);
    return 0;
  } finally {
    sqlite.close();
  }
};

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
    const report = verifyChain(sqlite);
    io.out(`${zh ? '审计追踪' : 'Audit trail'}: ${report.checked} ${zh ? '条' : 'entries'}, ${report.intact ? 'ok' : zh ? '已被篡改' : 'TAMPERED'}`);
    for (const p of report.problems) io.out(`  #${p.seq}: ${p.problem}`);
    return report.intact ? 0 : 1;
  } finally {
    sqlite.close();
  }
};
