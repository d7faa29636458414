import { readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { APP_ROOT } from '../backend/app-root';
import { createBackend } from '../backend/backend';
import type { ServiceContext } from '../backend/context';
import { exportRevision, importDocx, recordDistribution } from '../backend/services/word';
import { DOCUMENT_TYPES, type DocumentType } from '../../shared/documents/types';
import { message } from '../../shared/api/messages';
import { WORD_STYLES } from '../../shared/word/contract';
import { WORD_FONT_CHOICES } from '../../shared/word/style';
import { AppError } from '../backend/errors';
import type { Command, CommandArgs } from './commands';
import { cliActor } from './actor';
import { databaseFile } from './database-file';

export const EXPORT_USAGE =
  'qms doc export --db FILE --number NUMBER [--revision R] [--style standard|official] [--fonts installed|gb2312] [--controlled [--copy N] | --uncontrolled] --out FILE.docx\n' +
  '  --style official is GB/T 9704 for Chinese documents only; English documents have no official style.';
export const IMPORT_USAGE = 'qms doc import --db FILE --in FILE.docx [--number NUMBER] [--type manual|regulation|procedure|work_instruction|form]';

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
  const fonts = options.fonts ?? 'installed';
  if (!WORD_FONT_CHOICES.includes(fonts as never)) {
    io.err(`--fonts ${WORD_FONT_CHOICES.join('|')}`);
    return 2;
  }
  if (options.type && !DOCUMENT_TYPES.includes(options.type as never)) {
    io.err(`--type ${DOCUMENT_TYPES.join('|')}`);
    return 2;
  }
  if (action === 'export' && (!options.number || !options.out)) {
    io.err(EXPORT_USAGE);
    return 2;
  }
  if (action === 'import' && !options.in) {
    io.err(IMPORT_USAGE);
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
      const controlled = options.uncontrolled !== undefined ? false : options.controlled !== undefined || options.copy !== undefined ? true : undefined;
      const exportOptions = { style: style as 'standard' | 'official', fonts: fonts as 'installed' | 'gb2312', controlled, copyNumber: options.copy };
      let exported;
      try {
        exported = await exportRevision(db, revision, exportOptions, cliActor().displayName);
      } catch (err) {
        if (!(err instanceof AppError)) throw err;
        io.err(message(err.key, locale, err.params));
        return 1;
      }
      writeFileSync(options.out!, exported.data);
      if (await recordDistribution({ backend, caller: null, locale }, revision, exportOptions, cliActor().displayName, cliActor()))
        io.out(say(locale, '已记入发放记录（受控）。', 'Recorded as a controlled distribution.'));
      io.out(`${say(locale, '已导出', 'Exported')} ${options.number} ${revision.label}: ${options.out}`);
      if (exported.pageNumbers === 'none') io.out(say(locale, '草稿的目录不含页码（文件生效后才计算页码）。', 'A draft\'s table of contents has no page numbers (they are worked out once it takes effect).'));
      return 0;
    }
    const ctx: ServiceContext = { backend, caller: null, locale };
    // An existing number gets a new draft; a new number names the new document.
    const existing = options.number ? await db.selectFrom('documents').select('id').where('number', '=', options.number).executeTakeFirst() : undefined;
    const input = { fileName: basename(options.in!), type: options.type as DocumentType | undefined, onTitleMatch: 'new' as const, documentId: existing?.id, number: existing ? undefined : options.number };
    const result = await importDocx(ctx, input, readFileSync(options.in!), cliActor());
    const { chapters, articles, tables, images, lost } = result.report;
    io.out(say(locale, `已导入为草稿：${chapters} 章，${articles} 条，${tables} 个表格，${images} 张图片。`, `Imported as a draft: ${chapters} chapters, ${articles} articles, ${tables} tables, ${images} images.`));
    for (const l of lost) io.out(`  ${say(locale, '未能保留', 'not kept')}: ${l}`);
    return 0;
  } finally {
    await backend.store.close();
  }
};
