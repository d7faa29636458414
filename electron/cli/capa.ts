import { writeFileSync } from 'node:fs';
import { SEVERITY_LABELS, SOURCE_LABELS, STATE_LABELS } from '../../shared/capa/labels';
import { APP_ROOT } from '../backend/app-root';
import { createBackend } from '../backend/backend';
import type { Caller } from '../backend/context';
import { listCapas } from '../backend/services/capa-read';
import { capaReportDocx } from '../backend/services/capa-word';
import { capaRegisterBuffer } from '../backend/services/capa-xlsx';
import type { Command, CommandArgs } from './commands';
import { databaseFile } from './database-file';

const say = (locale: CommandArgs['locale'], zh: string, en: string) => (locale === 'zh-CN' ? zh : en);
/** The CLI reads without signing in (like qms doc export): a reader that holds no role step and no assignment. */
const READER: Caller = { id: '', username: 'qms-cli', displayName: 'qms CLI', role: 'executive', sessionId: '' };

/** qms capa list [--xlsx FILE] | qms capa export --number N --out FILE.docx — the register and 纠正措施报告单. */
export const capaCommand: Command = async ({ options, args, locale, io }) => {
  const [action] = args;
  if ((action !== 'list' && action !== 'export') || (action === 'export' && (!options.number || !options.out))) {
    io.err('qms capa list --db FILE [--xlsx FILE]\nqms capa export --db FILE --number N --out FILE.docx');
    return 2;
  }
  const backend = createBackend({ file: databaseFile(options), host: 'cli', appRoot: APP_ROOT });
  try {
    const db = backend.store.db;
    if (action === 'list') {
      const { items } = await listCapas(db, { page: 1, pageSize: 200 }, true);
      for (const c of items)
        io.out([c.number, c.title, SOURCE_LABELS[c.sourceType][locale], c.ownerName, STATE_LABELS[c.status][locale], c.dueDate, SEVERITY_LABELS[c.severity][locale], c.overdue ? say(locale, '逾期', 'overdue') : ''].join('\t').trimEnd());
      if (options.xlsx) {
        writeFileSync(options.xlsx, await capaRegisterBuffer(db, locale, {}));
        io.out(`${say(locale, '已导出', 'Exported')}: ${options.xlsx}`);
      }
      return 0;
    }
    const row = await db.selectFrom('capas').select('id').where('number', '=', options.number!).executeTakeFirst();
    if (!row) {
      io.err(say(locale, `找不到纠正措施 ${options.number}。`, `No corrective action numbered ${options.number}.`));
      return 1;
    }
    const { data } = await capaReportDocx(db, READER, row.id, locale);
    writeFileSync(options.out!, data);
    io.out(`${say(locale, '已导出', 'Exported')}: ${options.out}`);
    return 0;
  } finally {
    await backend.store.close();
  }
};
