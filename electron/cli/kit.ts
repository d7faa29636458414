import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { APP_ROOT } from '../backend/app-root';
import { createBackend } from '../backend/backend';
import { openReadOnly } from '../backend/db/open';
import { AppError } from '../backend/errors';
import { kitExport } from '../backend/kit/export';
import { kitInfoOf, kitOpen, kitPack } from '../backend/kit/field';
import { kitMerge } from '../backend/kit/merge';
import { documentSelection } from '../backend/kit/selection';
import { verifyKit } from '../backend/kit/verify';
import type { KitHeader } from '../../shared/kit/header';
import type { KitVerifyReport } from '../../shared/kit/report';
import { cliActor } from './actor';
import type { Command, CommandArgs } from './commands';
import { databaseFile } from './database-file';

const say = (locale: CommandArgs['locale'], zh: string, en: string) => (locale === 'zh-CN' ? zh : en);

export const KIT_USAGE = `qms kit export [--db MAIN] --document NUMBER [--document …] --for USER [--for …] --passphrase-file F --out FILE.qmskit
qms kit open   --in FILE.qmskit --passphrase-file F --db FIELD.sqlite
qms kit pack   --db FIELD.sqlite --passphrase-file F --out FILE.qmskit
qms kit info   --in FILE.qmskit --passphrase-file F
qms kit verify [--db MAIN] --in FILE.qmskit --passphrase-file F
qms kit import [--db MAIN] --in FILE.qmskit --passphrase-file F`;

/** The passphrase file's content, without the line break an editor adds at the end. */
const passphraseFrom = (file: string) => readFileSync(file, 'utf8').replace(/\r?\n$/, '');

function printHeader(h: KitHeader, { locale, io }: Pick<CommandArgs, 'locale' | 'io'>) {
  io.out(`${say(locale, '审核包', 'Kit')}: ${h.kitId} (${h.stage === 'export' ? say(locale, '导出', 'exported') : say(locale, '现场打包返回', 'packed for the return')})`);
  io.out(`${say(locale, '主数据库', 'Main database')}: ${h.mainDatabaseId}`);
  io.out(`${say(locale, '创建', 'Created')}: ${h.createdAt}${h.createdBy ? ` ${say(locale, '由', 'by')} ${h.createdBy}` : ''}; ${say(locale, '打包', 'packed')}: ${h.packedAt}`);
  for (const s of h.scopes) io.out(`  ${s.label} (${s.scope}) — ${say(locale, '序号', 'sequence')} ${s.sequence}`);
  io.out(`${say(locale, '账户', 'Accounts')}: ${h.forUsers.join(', ')}`);
  io.out(`${say(locale, '包含记录', 'Included records')}: ${h.records.map((r) => `${r.table} ${r.count}`).join(', ')}`);
  io.out(`${say(locale, '现场审计追踪', 'Field trail')}: ${h.fieldEntries} ${say(locale, '条', 'entries')}`);
}

function printReport(r: KitVerifyReport, a: Pick<CommandArgs, 'locale' | 'io'>) {
  if (r.header) printHeader(r.header, a);
  for (const c of r.checks) a.io.out(`  ${c.ok ? 'ok ' : 'NO '} ${c.check}`);
  if (r.message) (r.status === 'refused' ? a.io.err : a.io.out)(r.message[a.locale]);
  else a.io.out(say(a.locale, '校验通过，可以合并。', 'Verified: ready to merge.'));
}

/** qms kit export|open|pack|info|verify|import — the auditor's offline field kit. */
export const kitCommand: Command = async (args) => {
  const { options, args: rest, locale, io } = args;
  const [action] = rest;
  const phraseFile = options['passphrase-file'];
  const need = (ok: unknown) => {
    if (!ok || !phraseFile) throw new UsageError();
  };
  try {
    switch (action) {
      case 'export': {
        need(options.out && options.document?.length && options.for?.length);
        const backend = createBackend({ file: databaseFile(options), host: 'cli', appRoot: APP_ROOT });
        try {
          const selection = documentSelection(backend.store.sqlite, options.document!);
          const header = await kitExport(
            { backend, caller: null, locale },
            { ...selection, forUsers: options.for!, passphrase: passphraseFrom(phraseFile!), out: options.out! },
            cliActor(),
          );
          printHeader(header, args);
          io.out(`${say(locale, '已导出', 'Exported')}: ${options.out}`);
        } finally {
          await backend.store.close();
        }
        return 0;
      }
      case 'open': {
        need(options.in && options.db);
        printHeader(await kitOpen(options.in!, passphraseFrom(phraseFile!), options.db!), args);
        io.out(`${say(locale, '现场数据库', 'Field database')}: ${databaseFile(options)}`);
        return 0;
      }
      case 'pack': {
        need(options.out && options.db);
        printHeader(await kitPack(databaseFile(options), passphraseFrom(phraseFile!), options.out!), args);
        io.out(`${say(locale, '已打包', 'Packed')}: ${options.out}`);
        return 0;
      }
      case 'info': {
        need(options.in);
        printHeader(await kitInfoOf(options.in!, passphraseFrom(phraseFile!)), args);
        return 0;
      }
      case 'verify': {
        need(options.in);
        const report = await verifyKit(databaseFile(options), options.in!, passphraseFrom(phraseFile!));
        printReport(report, args);
        return report.status === 'refused' ? 1 : 0;
      }
      case 'import': {
        need(options.in);
        // Checked first without opening the database for writing: a refused kit never touches the file.
        const file = databaseFile(options);
        openReadOnly(file, join(APP_ROOT, 'migrations')).close();
        const report = await verifyKit(file, options.in!, passphraseFrom(phraseFile!));
        if (report.status !== 'ready') {
          printReport(report, args);
          return report.status === 'refused' ? 1 : 0;
        }
        const backend = createBackend({ file, host: 'cli', appRoot: APP_ROOT });
        try {
          const r = await kitMerge({ backend, caller: null, locale }, options.in!, passphraseFrom(phraseFile!), cliActor());
          printReport(r.report, args);
          io.out(say(locale, `已合并 ${r.merged} 条现场审计追踪记录。`, `Merged ${r.merged} field trail entries.`));
        } finally {
          await backend.store.close();
        }
        return 0;
      }
      default:
        throw new UsageError();
    }
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(KIT_USAGE);
      return 2;
    }
    if (err instanceof AppError && err.details && typeof err.details === 'object' && 'checks' in err.details) {
      printReport(err.details as KitVerifyReport, args);
      return 1;
    }
    throw err;
  }
};

class UsageError extends Error {}
