import { writeFileSync } from 'node:fs';
import { APP_ROOT } from '../backend/app-root';
import { createBackend } from '../backend/backend';
import { trainingWorkbook } from '../backend/services/training-export';
import type { Command } from './commands';
import { databaseFile } from './database-file';

/** qms training export — every training record and competence gap as .xlsx (reads the file, writes nothing to it). */
export const trainingCommand: Command = async ({ options, args, locale, io }) => {
  if (args[0] !== 'export' || !options.out) {
    io.err('qms training export --db FILE --out FILE.xlsx');
    return 2;
  }
  const backend = createBackend({ file: databaseFile(options), host: 'cli', appRoot: APP_ROOT });
  try {
    const { buffer, records, gaps } = await trainingWorkbook(backend.store.db, locale);
    writeFileSync(options.out, buffer);
    io.out(locale === 'zh-CN' ? `已导出 ${records} 条培训记录、${gaps} 项能力差距：${options.out}` : `Exported ${records} training records and ${gaps} competence gaps: ${options.out}`);
    return 0;
  } finally {
    await backend.store.close();
  }
};
