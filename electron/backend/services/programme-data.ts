import type { Kysely } from 'kysely';
import type { ProgrammeData } from '../../../shared/audits/report-data';
import type { Database } from '../db/schema';
import { notFound } from '../errors';
import { summaries } from './audit-rows';
import { organisationName } from './departments';
import { coverageOf } from './programme-coverage';
import { programmeState } from './programme-route';

const STATUS: Record<string, Record<'zh-CN' | 'en', string>> = {
  draft: { 'zh-CN': '草稿', en: 'Draft' },
  in_approval: { 'zh-CN': '审批中', en: 'In approval' },
  approved: { 'zh-CN': '已批准', en: 'Approved' },
  planned: { 'zh-CN': '计划', en: 'Planned' },
  in_progress: { 'zh-CN': '实施中', en: 'In progress' },
  reporting: { 'zh-CN': '编写报告', en: 'Reporting' },
  closed: { 'zh-CN': '已关闭', en: 'Closed' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
};

/**
 * The plain data of the 年度内审计划 Word export: the year's audits by month with what they cover, the coverage
 * matrix (units × clauses; a justified gap prints as a gap, listed with its reason), and the 编制/批准 signatures.
 */
export async function programmeData(db: Kysely<Database>, year: number, locale: 'zh-CN' | 'en' = 'zh-CN'): Promise<ProgrammeData> {
  const row = await db.selectFrom('audit_programmes').selectAll().where('year', '=', year).where('status', '<>', 'withdrawn').executeTakeFirst();
  if (!row) throw notFound('audit_programme', year);
  const audits = await summaries(db, await db.selectFrom('audits').selectAll().where('programme_id', '=', row.id).orderBy('planned_month').orderBy('seq').execute());
  const cov = await coverageOf(db, year, locale);
  const gaps = await db
    .selectFrom('audit_programme_gaps as g')
    .leftJoin('departments as d', 'd.id', 'g.unit_id')
    .select(['g.clause', 'g.justification', 'd.name'])
    .where('g.programme_id', '=', row.id)
    .where('g.removed_at', 'is', null)
    .orderBy('g.created_at')
    .execute();
  const { live } = await programmeState(db, row);
  const last = (meaning: string) => live.filter((s) => s.meaning === meaning).at(-1);
  const authored = last('authored');
  const approved = row.status === 'approved' ? last('approved') : undefined;
  return {
    organisationName: (await organisationName(db)) ?? '',
    year,
    status: STATUS[row.status]![locale],
    audits: audits.map((a) => ({
      month: a.plannedMonth,
      code: a.provisional ? null : a.code,
      title: a.title,
      unitNames: a.units.map((u) => u.name),
      clauses: a.clauses,
      processes: a.processes.map((p) => p.name),
      status: STATUS[a.status]![locale],
    })),
    clauses: cov.clauses.map((c) => c.clause),
    coverage: cov.units.map((u, i) => ({
      unitName: u.name,
      clauses: Object.fromEntries(cov.clauses.map((c, k) => [c.clause, cov.cells[i]![k] === 'justified' ? 'gap' : cov.cells[i]![k]!])) as ProgrammeData['coverage'][number]['clauses'],
    })),
    justifiedGaps: gaps.map((g) => ({ clause: g.name ? `${g.clause}（${g.name}）` : g.clause, justification: g.justification })),
    signatures: [
      { meaning: 'prepared', name: authored?.signerName ?? null, signedAt: authored?.signedAt ?? null },
      { meaning: 'approved', name: approved?.signerName ?? null, signedAt: approved?.signedAt ?? null },
    ],
  };
}
