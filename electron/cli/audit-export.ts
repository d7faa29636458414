import { writeFileSync } from 'node:fs';
import { APP_ROOT } from '../backend/app-root';
import { createBackend } from '../backend/backend';
import { exportAuditPlan, exportAuditReport, exportFinding, exportProgramme } from '../backend/services/audit-export';
import { auditCodeOf } from '../backend/services/checklist-lines';
import { findingNumber } from '../backend/services/findings-rows';
import type { CommandArgs } from './commands';
import { databaseFile } from './database-file';

const say = (locale: CommandArgs['locale'], zh: string, en: string) => (locale === 'zh-CN' ? zh : en);
export const AUDIT_EXPORT_USAGE =
  'qms audit export --db FILE --audit CODE [--plan | --finding NC-YYYY-NNN] --out FILE.docx\nqms audit export --db FILE --year YYYY --out FILE.docx';

/**
 * qms audit export: the 内审报告 of an audit (by its code, IA-2026-003, or a provisional code), or with --plan its
 * 内审实施计划, or with --finding one finding's 不符合项报告; with --year instead of --audit, the 年度内审计划.
 */
export async function auditExport({ options, locale, io }: CommandArgs): Promise<number> {
  if (!options.out || (!options.audit && !options.year) || (options.plan && options.finding)) {
    io.err(AUDIT_EXPORT_USAGE);
    return 2;
  }
  const backend = createBackend({ file: databaseFile(options), host: 'cli', appRoot: APP_ROOT });
  try {
    const db = backend.store.db;
    let file: { fileName: string; base64: string };
    if (!options.audit) {
      const year = Number(options.year);
      if (!Number.isInteger(year)) {
        io.err(AUDIT_EXPORT_USAGE);
        return 2;
      }
      file = await exportProgramme(db, year, locale);
    } else {
      const code = options.audit;
      const audit = await db.selectFrom('audits').selectAll().where((eb) => eb.or([eb('code', '=', code), eb('provisional_code', '=', code)])).executeTakeFirst();
      if (!audit) {
        io.err(say(locale, `没有编号为 ${code} 的内部审核。`, `No internal audit with the code ${code}.`));
        return 1;
      }
      if (options.finding) {
        const findings = await db.selectFrom('audit_findings').selectAll().where('audit_id', '=', audit.id).execute();
        const finding = findings.find((f) => findingNumber(f) === options.finding);
        if (!finding) {
          io.err(say(locale, `审核 ${auditCodeOf(audit)} 没有编号为 ${options.finding} 的审核发现。`, `Audit ${auditCodeOf(audit)} has no finding ${options.finding}.`));
          return 1;
        }
        file = await exportFinding(db, finding.id);
      } else file = options.plan ? await exportAuditPlan(db, audit.id) : await exportAuditReport(db, audit.id);
    }
    writeFileSync(options.out, Buffer.from(file.base64, 'base64'));
    io.out(`${say(locale, '已导出', 'Exported')}: ${options.out}`);
    return 0;
  } finally {
    await backend.store.close();
  }
}
