import type { Kysely } from 'kysely';
import { actionNeeded, type Finding, type FindingGradeValue } from '../../../shared/audits/findings';
import type { Caller } from '../context';
import type { Database } from '../db/schema';
import type { AuditFindingsTable } from '../db/schema-checklists';
import { notFound } from '../errors';
import { auditCodeOf, citationOf, findingAttachments } from './checklist-lines';
import { auditeeCapacity, mayWorkOnAudit, onAuditTeam, personOf } from './findings-rights';

/** Reading findings as the API shows them, and who may see which. */

export const findingNumber = (f: { number: string | null; provisional_number: string | null }) => f.number ?? f.provisional_number ?? '';

/** NC-2026-007: the next number of the year, given only by the main database. */
export async function nextFindingNumber(db: Kysely<Database>, year: number): Promise<{ seq: number; number: string }> {
  const row = await db.selectFrom('audit_findings').select((eb) => eb.fn.max('seq').as('seq')).where('year', '=', year).executeTakeFirst();
  const seq = Number(row?.seq ?? 0) + 1;
  return { seq, number: `NC-${year}-${String(seq).padStart(3, '0')}` };
}

const OPEN_AUDIT = ['planned', 'in_progress', 'reporting'];

export async function findingsOut(db: Kysely<Database>, rows: AuditFindingsTable[], caller: Caller): Promise<Finding[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const audits = await db.selectFrom('audits').select(['id', 'code', 'provisional_code', 'title', 'status']).where('id', 'in', [...new Set(rows.map((r) => r.audit_id))]).execute();
  const units = await db.selectFrom('departments').select(['id', 'name']).where('id', 'in', [...new Set(rows.map((r) => r.unit_id))]).execute();
  const clauses = await db.selectFrom('audit_finding_clauses').select(['finding_id', 'clause']).where('finding_id', 'in', ids).where('removed_at', 'is', null).execute();
  const acks = await db.selectFrom('audit_finding_acknowledgments').selectAll().where('finding_id', 'in', ids).where('removed_at', 'is', null).execute();
  const files = await findingAttachments(db, ids);
  const out: Finding[] = [];
  for (const r of rows) {
    const a = audits.find((x) => x.id === r.audit_id)!;
    const ack = acks.find((x) => x.finding_id === r.id);
    const auditOpen = OPEN_AUDIT.includes(a.status);
    const work = await mayWorkOnAudit(db, caller, r.audit_id);
    const capacity = r.status === 'open' && a.status !== 'cancelled' ? await auditeeCapacity(db, caller.id, r.audit_id, r.unit_id) : null;
    out.push({
      id: r.id,
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      number: findingNumber(r),
      provisional: r.number === null,
      auditId: r.audit_id,
      auditCode: auditCodeOf(a),
      auditTitle: a.title,
      auditStatus: a.status,
      lineId: r.line_id,
      unitId: r.unit_id,
      unitName: units.find((u) => u.id === r.unit_id)?.name ?? '',
      grade: r.grade as FindingGradeValue,
      facts: r.facts,
      clauses: clauses.filter((c) => c.finding_id === r.id).map((c) => c.clause).sort((x, y) => x.localeCompare(y, 'en', { numeric: true })),
      article: citationOf(r),
      auditorName: r.auditor_name,
      status: r.status as Finding['status'],
      withdrawReason: r.withdraw_reason,
      actionNeeded: actionNeeded(r.grade as FindingGradeValue),
      capaId: r.capa_id,
      noCapaReason: r.no_capa_reason,
      acknowledgment: ack ? { name: ack.name, capacity: ack.capacity as 'head' | 'auditee', comment: ack.comment, at: ack.acknowledged_at } : null,
      attachments: files.get(r.id) ?? [],
      may: { edit: work && auditOpen && r.status === 'open', acknowledge: capacity !== null, withdraw: work && auditOpen && r.status !== 'withdrawn' },
    });
  }
  return out;
}

export async function findingRow(db: Kysely<Database>, id: string): Promise<AuditFindingsTable> {
  const r = await db.selectFrom('audit_findings').selectAll().where('id', '=', id).executeTakeFirst();
  if (!r) throw notFound('finding', id);
  return r;
}

/** What the caller may see: quality managers and executives all findings; others those of audits they are on and of units they answer for. */
export async function visibility(db: Kysely<Database>, caller: Caller): Promise<null | { audits: string[]; units: string[]; pairs: { audit: string; unit: string }[] }> {
  if (caller.role === 'quality_manager' || caller.role === 'executive') return null;
  const person = await personOf(db, caller.id);
  if (!person) return { audits: [], units: [], pairs: [] };
  const team = await db.selectFrom('audit_team').select('audit_id').where('person_id', '=', person.id).where('removed_at', 'is', null).execute();
  const heads = await db.selectFrom('departments').select('id').where('head_person_id', '=', person.id).execute();
  const named = await db.selectFrom('audit_auditees').select(['audit_id', 'unit_id']).where('person_id', '=', person.id).where('removed_at', 'is', null).execute();
  return { audits: team.map((t) => t.audit_id), units: heads.map((h) => h.id), pairs: named.map((n) => ({ audit: n.audit_id, unit: n.unit_id })) };
}

export async function maySee(db: Kysely<Database>, caller: Caller, r: { audit_id: string; unit_id: string }): Promise<boolean> {
  if (caller.role === 'quality_manager' || caller.role === 'executive') return true;
  if (await onAuditTeam(db, caller, r.audit_id)) return true;
  return (await auditeeCapacity(db, caller.id, r.audit_id, r.unit_id)) !== null;
}
