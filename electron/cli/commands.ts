import type { Locale } from '../../shared/api/envelope';
import { backupCommand, verifyCommand } from './maintenance';
import { callCommand } from './call';
import { docCommand } from './doc';
import { orgCommand } from './org';
import { kitCommand } from './kit';
import { auditCommand } from './audit';
import { capaCommand } from './capa';
import { trainingCommand } from './training';
import { demoCommand, initCommand } from './init';
import { webCommand } from './web';

export interface CliIO {
  out(line: string): void;
  err(line: string): void;
}

export interface CommandArgs {
  options: {
    db?: string;
    admin?: string;
    name?: string;
    password?: string;
    user?: string;
    port?: string;
    out?: string;
    in?: string;
    number?: string;
    revision?: string;
    style?: string;
    fonts?: string;
    type?: string;
    copy?: string;
    controlled?: boolean;
    uncontrolled?: boolean;
    preview?: boolean;
    'passphrase-file'?: string;
    document?: string[];
    for?: string[];
    xlsx?: string;
    audit?: string;
    plan?: boolean;
    finding?: string;
    year?: string;
  };
  args: string[];
  locale: Locale;
  io: CliIO;
}

/** Resolves to the exit code; -1 means "still serving, do not exit". */
export type Command = (a: CommandArgs) => Promise<number>;

export const COMMANDS: Record<string, Command> = {
  init: initCommand,
  demo: demoCommand,
  web: webCommand,
  backup: backupCommand,
  verify: verifyCommand,
  call: callCommand,
  doc: docCommand,
  org: orgCommand,
  kit: kitCommand,
  audit: auditCommand,
  capa: capaCommand,
  training: trainingCommand,
};

export const USAGE = `Service QMS 服务质量管理体系 — command line

  qms init   --db FILE [--admin NAME --password P [--name 显示名]]   create a database (and its first quality manager)
  qms demo   --db FILE                                              create a new database filled with demo data
  qms web    [--db FILE] [--port N]                                 serve the app and the API on 127.0.0.1
  qms backup [--db FILE] --out FILE                                 consistent backup, safe while the app runs
  qms verify [--db FILE]                                            integrity check and audit-trail chain
  qms call   METHOD [JSON] [--db FILE] --user NAME --password P     call any API method, print the envelope
  qms doc export [--db FILE] --number NUMBER [--revision R] [--style standard|official] [--fonts installed|gb2312]
                 [--controlled [--copy N] | --uncontrolled] --out FILE.docx
                 (--style official is GB/T 9704, for Chinese documents only; English ones have no official style)
  qms doc import [--db FILE] --in FILE.docx [--number NUMBER] [--type manual|regulation|procedure|work_instruction|form]
                 a Word file as a new draft (without --type, the type is read from its title)
  qms org import [--db FILE] --in FILE.xlsx [--preview]              units, positions and staff from a workbook (all or nothing)
  qms org export [--db FILE] --out FILE.xlsx                         the organisation in the same workbook layout
  qms kit export [--db FILE] --document NUMBER … --for USER … --passphrase-file F --out FILE.qmskit
                 a field kit (encrypted with the passphrase) of documents, for the named accounts
  qms kit open   --in FILE.qmskit --passphrase-file F --db FIELD.sqlite      unpack a kit for field work
  qms kit pack   --db FIELD.sqlite --passphrase-file F --out FILE.qmskit     pack the field database for the return
  qms kit info   --in FILE.qmskit --passphrase-file F                        the kit's header, after checking the file
  qms kit verify [--db FILE] --in FILE.qmskit --passphrase-file F            every check of a returned kit, read-only
  qms kit import [--db FILE] --in FILE.qmskit --passphrase-file F            verify, then merge the field trail
  qms audit list [--db FILE]                                         internal audits: code, title, dates, status, findings by grade
  qms capa list [--db FILE] [--xlsx FILE]                            corrective actions, one line each (and the register as .xlsx)
  qms capa export [--db FILE] --number N --out FILE.docx             one corrective action as 纠正措施报告单
  qms audit export [--db FILE] --audit CODE [--plan | --finding NC-YYYY-NNN] --out FILE.docx
                 the audit report (内审报告) in Word, or its plan (内审实施计划), or a finding's 不符合项报告
  qms audit export [--db FILE] --year YYYY --out FILE.docx            the year's programme (年度内审计划) in Word
  qms training export [--db FILE] --out FILE.xlsx                    training records, competence gaps and gaps by unit

Without --db the default database in your application-data folder is used.
--lang zh-CN|en chooses the language of messages (default: from LANG).`;
