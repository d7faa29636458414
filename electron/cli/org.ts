import { readFileSync, writeFileSync } from 'node:fs';
import { APP_ROOT } from '../backend/app-root';
import { createBackend } from '../backend/backend';
import type { ServiceContext } from '../backend/context';
import { exportOrganisation, importOrganisation } from '../backend/services/org-import';
import type { Command, CommandArgs } from './commands';
import { databaseFile } from './database-file';

const say = (locale: CommandArgs['locale'], zh: string, en: string) => (locale === 'zh-CN' ? zh : en);

/** qms org import|export — the organisation workbook (单位, 岗位, 人员), acting as "qms CLI" in the audit trail. */
export const orgCommand: Command = async ({ options, args, locale, io }) => {
  const [action] = args;
  if ((action !== 'import' || !options.in) && (action !== 'export' || !options.out)) {
    io.err('qms org import --db FILE --in FILE.xlsx [--preview]\nqms org export --db FILE --out FILE.xlsx');
    return 2;
  }
  const backend = createBackend({ file: databaseFile(options), host: 'cli', appRoot: APP_ROOT });
  try {
    if (action === 'export') {
      writeFileSync(options.out!, await exportOrganisation(backend.store.db));
      io.out(`${say(locale, '已导出', 'Exported')}: ${options.out}`);
      return 0;
    }
    const ctx: ServiceContext = { backend, caller: null, locale };
    const r = await importOrganisation(ctx, readFileSync(options.in!), { commit: !options.preview, actor: { id: null, displayName: 'qms CLI' } });
    const line = (label: string, c: { created: number; updated: number }) =>
      say(locale, `${label}：新增 ${c.created}，更新 ${c.updated}`, `${label}: ${c.created} created, ${c.updated} updated`);
    io.out(line(say(locale, '单位', 'Units'), r.units));
    io.out(line(say(locale, '岗位', 'Positions'), r.positions));
    io.out(line(say(locale, '人员', 'People'), r.people));
    io.out(say(locale, `任职：${r.assignments}`, `Assignments: ${r.assignments}`));
    for (const x of r.refused) io.err(`${x.sheet} ${say(locale, `第 ${x.row} 行`, `row ${x.row}`)}: ${x.message}`);
    if (r.refused.length > 0) {
      io.err(say(locale, `有 ${r.refused.length} 行被拒绝，未导入任何内容。`, `${r.refused.length} rows were refused; nothing was imported.`));
      return 1;
    }
    io.out(r.committed ? say(locale, '已导入。', 'Imported.') : say(locale, '预览：未写入任何内容。', 'Preview: nothing was written.'));
    return 0;
  } finally {
    await backend.store.close();
  }
};
