import type { Kysely } from 'kysely';
import type { DomainMethods } from '../context';
import { callerOf, type Caller, type Handlers, type ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';
import { startJob, type JobControl } from '../jobs/registry';
import { safeFileName } from '../../../shared/files/file-name';
import { auditPlanData } from './audit-plan-data';
import { auditReportData, findingFormData } from './audit-report-data';
import { buildAuditPlanDocx, buildAuditReportDocx, buildFindingDocx, buildProgrammeDocx } from './audit-word';
import { auditCodeOf } from './checklist-lines';
import { onAuditTeam } from './findings-rights';
import { findingRow, maySee } from './findings-rows';
import { programmeData } from './programme-data';

/** A built .docx as the exports answer it. */
const answer = (fileName: string, data: Buffer) => ({ fileName, base64: data.toString('base64') });

async function auditRow(db: Kysely<Database>, auditId: string) {
  const a = await db.selectFrom('audits').selectAll().where('id', '=', auditId).executeTakeFirst();
  if (!a) throw notFound('audit', auditId);
  return a;
}

/** The report names every finding: quality managers, executives and the audit's own team read it. */
export async function mayReadReport(db: Kysely<Database>, caller: Caller, auditId: string): Promise<boolean> {
  return caller.role === 'quality_manager' || caller.role === 'executive' || onAuditTeam(db, caller, auditId);
}

/** The 内审报告 of an audit as .docx, with its file name (IA-2026-003 审核名称 内审报告.docx). */
export async function exportAuditReport(db: Kysely<Database>, auditId: string, control?: Pick<JobControl, 'progress'>) {
  const a = await auditRow(db, auditId);
  control?.progress(0.1, 'data');
  const data = await auditReportData(db, auditId);
  control?.progress(0.5, 'build');
  return answer(safeFileName({ head: auditCodeOf(a), middle: a.title, tail: '内审报告', ext: '.docx' }), await buildAuditReportDocx(data));
}

export async function exportAuditPlan(db: Kysely<Database>, auditId: string) {
  const a = await auditRow(db, auditId);
  return answer(safeFileName({ head: auditCodeOf(a), middle: a.title, tail: '内审实施计划', ext: '.docx' }), await buildAuditPlanDocx(await auditPlanData(db, auditId)));
}

export async function exportFinding(db: Kysely<Database>, findingId: string) {
  const data = await findingFormData(db, findingId);
  return answer(safeFileName({ head: data.number, middle: data.unitName, tail: '不符合项报告', ext: '.docx' }), await buildFindingDocx(data));
}

export async function exportProgramme(db: Kysely<Database>, year: number, locale: 'zh-CN' | 'en' = 'zh-CN') {
  const data = await programmeData(db, year, locale);
  return answer(safeFileName({ head: `${year}`, middle: '年度内审计划', tail: '', ext: '.docx' }), await buildProgrammeDocx(data));
}

async function checkReport(ctx: ServiceContext, auditId: string) {
  const db = ctx.backend.store.db;
  await auditRow(db, auditId);
  if (!(await mayReadReport(db, callerOf(ctx), auditId))) throw new AppError('FORBIDDEN');
}

async function checkFinding(ctx: ServiceContext, findingId: string) {
  const db = ctx.backend.store.db;
  if (!(await maySee(db, callerOf(ctx), await findingRow(db, findingId)))) throw new AppError('FORBIDDEN');
}

async function checkAudit(ctx: ServiceContext, auditId: string) {
  callerOf(ctx);
  await auditRow(ctx.backend.store.db, auditId);
}

type M = DomainMethods<'audits'> | DomainMethods<'programmes'>;
type ExportMethod = Extract<M, `${string}.export${string}`>;

/** The checks run before any work, so a refusal comes back at once (and before a job is started). */
export const auditExportHandlers: Handlers<ExportMethod> = {
  async 'audits.exportReport'(input, ctx) {
    await checkReport(ctx, input.auditId);
    return exportAuditReport(ctx.backend.store.db, input.auditId);
  },
  async 'audits.exportReportStart'(input, ctx) {
    await checkReport(ctx, input.auditId);
    return { jobId: startJob(ctx, 'audits.exportReport', (control) => exportAuditReport(ctx.backend.store.db, input.auditId, control)) };
  },
  async 'audits.exportPlan'(input, ctx) {
    await checkAudit(ctx, input.auditId);
    return exportAuditPlan(ctx.backend.store.db, input.auditId);
  },
  async 'audits.exportPlanStart'(input, ctx) {
    await checkAudit(ctx, input.auditId);
    return { jobId: startJob(ctx, 'audits.exportPlan', () => exportAuditPlan(ctx.backend.store.db, input.auditId)) };
  },
  async 'audits.exportFinding'(input, ctx) {
    await checkFinding(ctx, input.findingId);
    return exportFinding(ctx.backend.store.db, input.findingId);
  },
  async 'audits.exportFindingStart'(input, ctx) {
    await checkFinding(ctx, input.findingId);
    return { jobId: startJob(ctx, 'audits.exportFinding', () => exportFinding(ctx.backend.store.db, input.findingId)) };
  },
  async 'programmes.export'(input, ctx) {
    callerOf(ctx);
    return exportProgramme(ctx.backend.store.db, input.year, ctx.locale);
  },
  async 'programmes.exportStart'(input, ctx) {
    callerOf(ctx);
    // A missing programme is refused at once rather than as a failed job.
    const row = await ctx.backend.store.db.selectFrom('audit_programmes').select('id').where('year', '=', input.year).where('status', '<>', 'withdrawn').executeTakeFirst();
    if (!row) throw notFound('audit_programme', input.year);
    return { jobId: startJob(ctx, 'programmes.export', () => exportProgramme(ctx.backend.store.db, input.year, ctx.locale)) };
  },
};
