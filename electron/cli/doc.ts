import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { APP_ROOT } from '../backend/app-root';
import { createBackend } from '../backend/backend';
import type { ServiceContext } from '../backend/context';
import { exportRevision, importDocx } from '../backend/services/word';
import { WORD_STYLES } from '../../shared/word/contract';
import type { Command, CommandArgs } from './commands';
import { cliActor } from './actor';
import { databaseFile } from './database-file';

const say = (locale: CommandArgs['locale'], zh: string, en: string) => (locale === 'zh-CN' ? zh : en);

/**
 * qms doc export|import — for administrators with the database file in hand, acting as the system
 * ("qms CLI (<OS user name>)" in the audit trail) rather than as a signed-in user.
 */
export const docCommand: Command = async ({ options, args, locale, io }) => {
  const [action] = args;
  const style = options.style ?? 'standard';
  if (!WORD_STYLES.includes(style as never)) {
    io.err(`--style ${WORD_STYLES.join('|')}`);
    return 2;
  }
  if (action === 'export' && (!options.number || !options.out)) {
    io.err('qms doc export --db FILE --number NUMBER [--revision R] [--style standard|official] --out FILE.docx');
    return 2;
  }
  if (action === 'import' && !options.in) {
    io.err('qms doc import --db FILE --in FILE.docx [--number NUMBER]');
    return 2;
  }
  if (action !== 'export' && action !== 'import') {
    io.err('qms doc export|import …');
    return 2;
  }
  const backend = createBackend({ file: databaseFile(options), host: 'cli', appRoot: APP_ROOT });
  try {
    const db = backend.store.db;
    if (action === 'export') {
      const doc = await db.selectFrom('documents').select(['id']).where('number', '=', options.number!).executeTakeFirst();
      if (!doc) {
        io.err(say(locale, `找不到文件编号 ${options.number}。`, `No document numbered ${options.number}.`));
        return 1;
      }
      let q = db.selectFrom('revisions').selectAll().where('document_id', '=', doc.id);
      q = options.revision ? q.where('label', '=', options.revision) : q.orderBy((eb) => eb.case().when('status', '=', 'effective').then(0).else(1).end()).orderBy('revision_no', 'desc');
      const revision = await q.limit(1).executeTakeFirst();
      if (!revision) {
        io.err(say(locale, '该文件没有对应的修订。', 'That document has no such revision.'));
        return 1;
      }
      const { data } = await exportRevision(db, revision, style as 'standard' | 'official');
      writeFileSync(options.out!, data);
      io.out(`${say(locale, '已导出', 'Exported')} ${options.number} ${revision.label}: ${options.out}`);
      return 0;
    }
    const ctx: ServiceContext = { backend, caller: null, locale };
    // An existing number gets a new draft; a new number names the new document.
    const existing = options.number ? await db.selectFrom('documents').select('id').where('number', '=', options.number).executeTakeFirst() : undefined;
    const input = { fileName: basename(options.in!), type: 'regulation' as const, onTitleMatch: 'new' as const, documentId: existing?.id, number: existing ? undefined : options.number };
    const result = await importDocx(ctx, input, readFileSync(options.in!), cliActor());
    const { chapters, articles, tables, images, lost } = result.report;
    io.out(say(locale, `已导入为草稿：${chapters} 章，${articles} 条，${tables} 个表格，${images} 张图片。`, `Imported as a draft: ${chapters} chapters, ${articles} articles, ${tables} tables, ${images} images.`));
    for (const l of lost) io.out(`  ${say(locale, '未能保留', 'not kept')}: ${l}`);
    return 0;
  } finally {
    await backend.store.close();
  }
};
