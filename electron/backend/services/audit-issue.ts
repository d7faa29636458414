import type { Kysely } from 'kysely';
import { nowIso } from '../clock';
import type { Audit as AuditFn, Caller } from '../context';
import type { Database } from '../db/schema';
import { AppError, stale } from '../errors';
import { assertAuditOpen, assertMayEditPlan } from './audit-access';
import { auditRow } from './audit-rows';

const PARTS = {
  lead: { 'zh-CN': '审核组长', en: 'the lead auditor' },
  units: { 'zh-CN': '受审核单位', en: 'the audited units' },
  dates: { 'zh-CN': '审核日期', en: 'the audit dates' },
  auditees: { 'zh-CN': '受审核方人员', en: 'the auditees' },
  timetable: { 'zh-CN': '审核日程', en: 'the timetable' },
} as const;

/**
 * Issues (下发) the plan: it must name a lead, the units, the dates, the auditees and a timetable. Issuing sets
 * plan_issued_at; the audit's task provider then owes each auditee (and each audited unit's head) an inbox task
 * until the audit starts. Issuing again after a change re-sends it (a new date on the same tasks).
 */
export async function auditPlanIssue(trx: Kysely<Database>, audit: AuditFn, me: Caller, input: { id: string; version: number }, locale: 'zh-CN' | 'en') {
  const row = await auditRow(trx, input.id);
  await assertMayEditPlan(trx, me, row.id);
  assertAuditOpen(row, locale);
  if (row.version !== input.version) throw stale();
  if (row.status !== 'planned') throw new AppError('CONFLICT', 'lifecycle.notFromState', { step: 'issuePlan', state: row.status });
  const count = async (table: 'audit_team' | 'audit_units' | 'audit_auditees' | 'audit_slots', lead = false) => {
    let q = trx.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).where('audit_id', '=', row.id).where('removed_at', 'is', null);
    if (lead) q = q.where('role' as never, '=', 'lead' as never);
    return Number((await q.executeTakeFirst())?.n ?? 0);
  };
  const missing: (keyof typeof PARTS)[] = [];
  if (!(await count('audit_team', true))) missing.push('lead');
  if (!(await count('audit_units'))) missing.push('units');
  if (!row.start_date || !row.end_date) missing.push('dates');
  if (!(await count('audit_auditees'))) missing.push('auditees');
  if (!(await count('audit_slots'))) missing.push('timetable');
  if (missing.length)
    throw new AppError('VALIDATION', 'audits.planIncomplete', { missing: missing.map((m) => PARTS[m][locale]).join(locale === 'zh-CN' ? '、' : ', ') });
  const at = nowIso();
  await trx.updateTable('audits').set({ plan_issued_at: at, version: row.version + 1, updated_at: at, updated_by: me.id }).where('id', '=', row.id).execute();
  await audit({ entity: 'audit', entityId: row.id, action: 'issuePlan', before: { planIssuedAt: row.plan_issued_at }, after: { planIssuedAt: at } });
}
