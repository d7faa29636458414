import type { Kysely } from 'kysely';
import type { MessageKey } from '../../../shared/api/messages';
import { auditLifecycle } from '../../../shared/audits/lifecycle';
import type { Audit } from '../../../shared/audits/schemas';
import { declareAssignment, holds } from '../auth/rights';
import type { Caller } from '../context';
import type { Database, InternalAuditRow } from '../db/schema';
import { AppError } from '../errors';
import { openSteps, type Guards } from '../lifecycle/steps';
import { displayCode, loadAudit } from './audit-rows';

/**
 * Who may do what on an audit, and the checks the lifecycle runs. Rights come from the role (quality managers
 * plan every audit) or from the audit's team: its lead ('lead') runs and edits it, its auditors ('auditor')
 * work on it. Auditees' rights (acknowledging findings) are declared with the findings.
 */
async function onTeam(db: Kysely<Database>, caller: Caller, auditId: string, roles: readonly ('lead' | 'auditor')[]) {
  const row = await db
    .selectFrom('audit_team as t')
    .innerJoin('people as p', 'p.id', 't.person_id')
    .select('t.id')
    .where('t.audit_id', '=', auditId)
    .where('t.removed_at', 'is', null)
    .where('t.role', 'in', roles)
    .where('p.user_id', '=', caller.id)
    .executeTakeFirst();
  return row !== undefined;
}
declareAssignment('audit', 'lead', (db, caller, id) => onTeam(db, caller, id, ['lead']));
declareAssignment('audit', 'auditor', (db, caller, id) => onTeam(db, caller, id, ['lead', 'auditor']));

export type CloseCheck = (db: Kysely<Database>, auditId: string) => Promise<null | { key: MessageKey; params?: Record<string, unknown> }>;
const closeChecks: CloseCheck[] = [];
/**
 * What must hold before an audit closes, added by the modules that know (findings: every finding acknowledged;
 * corrective actions: every major and minor nonconformity has one). The guard 'findingsResolved' runs them all
 * in order and refuses with the first failure's message.
 */
export function registerAuditCloseCheck(check: CloseCheck): () => void {
  closeChecks.push(check);
  return () => void closeChecks.splice(closeChecks.indexOf(check), 1);
}

export const auditGuards: Guards = {
  async planIssued(db, id) {
    const row = await db.selectFrom('audits').select('plan_issued_at').where('id', '=', id).executeTakeFirst();
    return row?.plan_issued_at ? null : { key: 'audits.planNotIssued' };
  },
  async findingsResolved(db, id) {
    for (const check of closeChecks) {
      const failed = await check(db, id);
      if (failed) return failed;
    }
    return null;
  },
};

const STATE_NAMES: Record<string, { 'zh-CN': string; en: string }> = {
  closed: { 'zh-CN': '关闭', en: 'closed' },
  cancelled: { 'zh-CN': '取消', en: 'cancelled' },
};

/** Refuses any change to a closed or cancelled audit (its plan, its checklists, its findings). */
export function assertAuditOpen(row: Pick<InternalAuditRow, 'status' | 'code' | 'provisional_code'>, locale: 'zh-CN' | 'en'): void {
  if (row.status === 'closed' || row.status === 'cancelled')
    throw new AppError('CONFLICT', 'audits.closedAudit', { code: displayCode(row), state: STATE_NAMES[row.status]![locale] });
}

/** Quality managers and the audit's lead edit its plan. */
export const mayEditPlan = (db: Kysely<Database>, caller: Caller, auditId: string) =>
  holds(db, caller, { roles: ['quality_manager'], assignments: ['lead'], entity: 'audit', id: auditId });

export async function assertMayEditPlan(db: Kysely<Database>, caller: Caller, auditId: string): Promise<void> {
  if (!(await mayEditPlan(db, caller, auditId))) throw new AppError('FORBIDDEN', 'audits.mayNotEdit');
}

/** The audit as the caller sees it: with the steps they may take and whether they may edit it. */
export async function auditFor(db: Kysely<Database>, caller: Caller, id: string): Promise<Audit> {
  const a = await loadAudit(db, id);
  const open = a.status !== 'closed' && a.status !== 'cancelled';
  return {
    ...a,
    openSteps: await openSteps(db, caller, auditLifecycle, { id, state: a.status }),
    canEdit: open && (await mayEditPlan(db, caller, id)),
  };
}
