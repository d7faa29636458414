import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { displayCode } from './audit-rows';
import { dueFrom, registerTaskProvider, type OwedTask } from './task-providers';

/**
 * 审核通知 (kind auditPlan): an issued plan is in the inbox of every auditee with an account, and of the head of
 * every audited unit, from the day it is issued until the audit starts (its opening meeting); due by the start date.
 */
export async function auditPlanTasks(db: Kysely<Database>, id: string): Promise<OwedTask[]> {
  const a = await db.selectFrom('audits').selectAll().where('id', '=', id).executeTakeFirst();
  if (!a || a.status !== 'planned' || !a.plan_issued_at) return [];
  const auditees = await db
    .selectFrom('audit_auditees as x')
    .innerJoin('people as p', 'p.id', 'x.person_id')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['u.id as user_id', 'x.unit_id'])
    .where('x.audit_id', '=', id)
    .where('x.removed_at', 'is', null)
    .where('u.active', '=', 1)
    .execute();
  const heads = await db
    .selectFrom('audit_units as x')
    .innerJoin('departments as d', 'd.id', 'x.unit_id')
    .innerJoin('people as p', 'p.id', 'd.head_person_id')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select(['u.id as user_id', 'x.unit_id'])
    .where('x.audit_id', '=', id)
    .where('x.removed_at', 'is', null)
    .where('u.active', '=', 1)
    .execute();
  const lead = await db
    .selectFrom('audit_team as t')
    .innerJoin('people as p', 'p.id', 't.person_id')
    .select('p.name')
    .where('t.audit_id', '=', id)
    .where('t.role', '=', 'lead')
    .where('t.removed_at', 'is', null)
    .executeTakeFirst();
  const seen = new Set<string>();
  const out: OwedTask[] = [];
  for (const r of [...auditees, ...heads]) {
    if (seen.has(r.user_id)) continue;
    seen.add(r.user_id);
    out.push({
      kind: 'auditPlan',
      assignee_id: r.user_id,
      unit_id: r.unit_id,
      from_name: lead?.name ?? null,
      parent_id: a.programme_id,
      ref: displayCode(a),
      title: a.title,
      label: a.start_date && a.end_date ? `${a.start_date} ~ ${a.end_date}` : null,
      detail: null,
      link: `/audits/${encodeURIComponent(a.id)}`,
      since: a.plan_issued_at,
      due_at: a.start_date ? `${a.start_date}T00:00:00.000Z` : dueFrom(a.plan_issued_at, 'auditPlan'),
    });
  }
  return out;
}

registerTaskProvider({
  entityType: 'audit',
  owed: auditPlanTasks,
  async live(db) {
    const rows = await db.selectFrom('audits').select('id').where('status', '=', 'planned').where('plan_issued_at', 'is not', null).execute();
    return rows.map((r) => r.id);
  },
});
