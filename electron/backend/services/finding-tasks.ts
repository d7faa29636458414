import { dueFrom, DUE_DAYS, registerTaskProvider } from './task-providers';
import { acknowledgers } from './findings-rights';
import { findingNumber } from './findings-rows';

DUE_DAYS.acknowledgeFinding = 5;

/**
 * 待我确认: an open finding awaits the acknowledgment of its unit's head and of the people named as auditees of
 * that unit in the audit (whoever acknowledges first closes it for all). Nothing is owed once the audit is
 * cancelled or the finding withdrawn.
 */
registerTaskProvider({
  entityType: 'finding',
  async live(db) {
    const rows = await db.selectFrom('audit_findings').select('id').where('status', '=', 'open').execute();
    return rows.map((r) => r.id);
  },
  async owed(db, id) {
    const f = await db
      .selectFrom('audit_findings as f')
      .innerJoin('audits as a', 'a.id', 'f.audit_id')
      .selectAll('f')
      .select(['a.title as audit_title', 'a.status as audit_status'])
      .where('f.id', '=', id)
      .executeTakeFirst();
    if (!f || f.status !== 'open' || f.audit_status === 'cancelled' || f.audit_status === 'closed') return [];
    const users = await acknowledgers(db, f.audit_id, f.unit_id);
    return users.map((assignee_id) => ({
      kind: 'acknowledgeFinding',
      assignee_id,
      unit_id: f.unit_id,
      from_name: f.auditor_name,
      parent_id: f.audit_id,
      ref: findingNumber(f),
      title: f.audit_title,
      label: f.grade,
      detail: f.facts.length > 120 ? `${f.facts.slice(0, 119)}…` : f.facts,
      link: `/findings/${encodeURIComponent(f.id)}`,
      since: f.created_at,
      due_at: dueFrom(f.created_at, 'acknowledgeFinding'),
    }));
  },
});
