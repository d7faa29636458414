import { sql, type Kysely } from 'kysely';
import type { Audit, AuditSummary } from '../../../shared/audits/schemas';
import type { Clause } from '../../../shared/clauses/iso9001';
import type { Caller } from '../context';
import type { Database, InternalAuditRow } from '../db/schema';
import { notFound } from '../errors';
import { organisationName, ROOT_UNIT_ID } from './departments';

/**
 * Reading audits: the summary rows of lists and programmes (batched, one query per child table) and the whole
 * audit with its plan. Child rows with removed_at are tombstones and never shown.
 */
/** Unit names as shown: the organisation itself goes by the organisationName setting. */
export async function unitNamer(db: Kysely<Database>): Promise<(id: string, name: string) => string> {
  const org = await organisationName(db);
  return (id, name) => (id === ROOT_UNIT_ID && org ? org : name);
}

const ZERO = () => ({ major: 0, minor: 0, observation: 0, improvement: 0 });

export const displayCode = (a: Pick<InternalAuditRow, 'code' | 'provisional_code'>) => a.code ?? a.provisional_code ?? '';

/** Whether a table exists (the findings tables come with the checklists and findings migration). */
export async function hasTable(db: Kysely<Database>, name: string): Promise<boolean> {
  const r = await sql<{ n: number }>`SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ${name}`.execute(db);
  return (r.rows[0]?.n ?? 0) > 0;
}

/** Findings by grade per audit (withdrawn findings are tombstones and not counted). */
export async function findingCounts(db: Kysely<Database>, auditIds: string[]): Promise<Map<string, ReturnType<typeof ZERO>>> {
  const out = new Map(auditIds.map((id) => [id, ZERO()]));
  if (auditIds.length === 0 || !(await hasTable(db, 'audit_findings'))) return out;
  const rows = await sql<{ audit_id: string; grade: keyof ReturnType<typeof ZERO>; n: number }>`
    SELECT audit_id, grade, count(*) AS n FROM audit_findings
    WHERE status <> 'withdrawn' AND audit_id IN (${sql.join(auditIds)}) GROUP BY audit_id, grade`.execute(db);
  for (const r of rows.rows) {
    const c = out.get(r.audit_id);
    if (c && r.grade in c) c[r.grade] = r.n;
  }
  return out;
}

/** People with the unit of their primary position. */
export async function peopleRefs(db: Kysely<Database>, ids: string[]): Promise<Map<string, { personId: string; name: string; unitName: string | null }>> {
  const out = new Map<string, { personId: string; name: string; unitName: string | null }>();
  const unique = [...new Set(ids)];
  if (unique.length === 0) return out;
  const rows = await db
    .selectFrom('people as p')
    .leftJoin('person_positions as pp', (j) => j.onRef('pp.person_id', '=', 'p.id').on('pp.is_primary', '=', 1))
    .leftJoin('positions as pos', 'pos.id', 'pp.position_id')
    .leftJoin('departments as d', 'd.id', 'pos.department_id')
    .select(['p.id', 'p.name', 'd.name as unit_name'])
    .where('p.id', 'in', unique)
    .execute();
  for (const r of rows) out.set(r.id, { personId: r.id, name: r.name, unitName: r.unit_name });
  return out;
}

export async function summaries(db: Kysely<Database>, rows: InternalAuditRow[]): Promise<AuditSummary[]> {
  const ids = rows.map((r) => r.id);
  if (ids.length === 0) return [];
  const [units, criteria, leads, counts] = await Promise.all([
    db
      .selectFrom('audit_units as au')
      .innerJoin('departments as d', 'd.id', 'au.unit_id')
      .select(['au.audit_id', 'au.unit_id', 'd.name'])
      .where('au.audit_id', 'in', ids)
      .where('au.removed_at', 'is', null)
      .orderBy('d.sort_order')
      .orderBy('d.name_sort')
      .execute(),
    db
      .selectFrom('audit_criteria as c')
      .leftJoin('processes as p', 'p.id', 'c.process_id')
      .select(['c.audit_id', 'c.kind', 'c.clause', 'c.process_id', 'p.code', 'p.name'])
      .where('c.audit_id', 'in', ids)
      .where('c.kind', 'in', ['clause', 'process'])
      .where('c.removed_at', 'is', null)
      .orderBy('p.sort_order')
      .execute(),
    db.selectFrom('audit_team').select(['audit_id', 'person_id']).where('audit_id', 'in', ids).where('role', '=', 'lead').where('removed_at', 'is', null).execute(),
    findingCounts(db, ids),
  ]);
  const people = await peopleRefs(db, leads.map((l) => l.person_id));
  const named = await unitNamer(db);
  const clauseOrder = (c: string) => c.split('.').reduce((n, p) => n * 100 + Number(p), 0);
  return rows.map((r) => {
    const lead = leads.find((l) => l.audit_id === r.id);
    const mine = criteria.filter((c) => c.audit_id === r.id);
    return {
      id: r.id,
      version: r.version,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
      programmeId: r.programme_id,
      year: r.year,
      code: displayCode(r),
      provisional: r.code === null,
      title: r.title,
      plannedMonth: r.planned_month,
      startDate: r.start_date,
      endDate: r.end_date,
      status: r.status,
      lead: lead ? (people.get(lead.person_id) ?? null) : null,
      units: units.filter((u) => u.audit_id === r.id).map((u) => ({ unitId: u.unit_id, name: named(u.unit_id, u.name) })),
      clauses: mine
        .filter((c) => c.kind === 'clause')
        .map((c) => c.clause as Clause)
        .sort((a, b) => clauseOrder(a) - clauseOrder(b)),
      processes: mine.filter((c) => c.kind === 'process').map((c) => ({ processId: c.process_id!, code: c.code ?? '', name: c.name ?? '' })),
      findings: counts.get(r.id) ?? ZERO(),
    };
  });
}

export async function auditRow(db: Kysely<Database>, id: string): Promise<InternalAuditRow> {
  const row = await db.selectFrom('audits').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('audit', id);
  return row;
}

const json = (s: string) => JSON.parse(s) as string[];

/** The whole audit with its plan, without the caller-dependent fields. */
export async function loadAudit(db: Kysely<Database>, id: string): Promise<Omit<Audit, 'openSteps' | 'canEdit'>> {
  const row = await auditRow(db, id);
  const [summary] = await summaries(db, [row]);
  const [team, auditees, slots, meetings, exceptions, revisions] = await Promise.all([
    db.selectFrom('audit_team').selectAll().where('audit_id', '=', id).where('removed_at', 'is', null).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('audit_auditees').selectAll().where('audit_id', '=', id).where('removed_at', 'is', null).orderBy('created_at').orderBy('id').execute(),
    db.selectFrom('audit_slots').selectAll().where('audit_id', '=', id).where('removed_at', 'is', null).execute(),
    db.selectFrom('audit_meetings').selectAll().where('audit_id', '=', id).where('removed_at', 'is', null).execute(),
    db.selectFrom('audit_independence_exceptions').selectAll().where('audit_id', '=', id).where('removed_at', 'is', null).orderBy('created_at').execute(),
    db
      .selectFrom('audit_criteria as c')
      .innerJoin('revisions as r', 'r.id', 'c.revision_id')
      .innerJoin('documents as d', 'd.id', 'r.document_id')
      .select(['r.id', 'r.document_id', 'r.label', 'r.status', 'd.number', 'd.title'])
      .where('c.audit_id', '=', id)
      .where('c.kind', '=', 'revision')
      .where('c.removed_at', 'is', null)
      .orderBy('d.number')
      .execute(),
  ]);
  const personIds = [
    ...team.map((t) => t.person_id),
    ...auditees.map((a) => a.person_id),
    ...slots.flatMap((s) => json(s.auditor_ids)),
    ...meetings.flatMap((m) => json(m.attendee_ids)),
    ...exceptions.map((e) => e.person_id),
  ];
  const people = await peopleRefs(db, personIds);
  const unitIds = [...new Set([...auditees.map((a) => a.unit_id), ...slots.map((s) => s.unit_id), ...exceptions.map((e) => e.unit_id)])];
  const named = await unitNamer(db);
  const units = new Map(
    unitIds.length ? (await db.selectFrom('departments').select(['id', 'name']).where('id', 'in', unitIds).execute()).map((d) => [d.id, named(d.id, d.name)]) : [],
  );
  const nameOf = (pid: string) => people.get(pid)?.name ?? '';
  return {
    ...summary!,
    purpose: row.purpose,
    scope: row.scope,
    planIssuedAt: row.plan_issued_at,
    cancelReason: row.cancel_reason,
    closedAt: row.closed_at,
    auditors: team.filter((t) => t.role === 'auditor').map((t) => people.get(t.person_id)!),
    auditees: auditees.map((a) => ({ unitId: a.unit_id, unitName: units.get(a.unit_id) ?? '', personId: a.person_id, name: nameOf(a.person_id) })),
    revisions: revisions.map((r) => ({
      revisionId: r.id,
      documentId: r.document_id,
      documentNumber: r.number,
      documentTitle: r.title,
      label: r.label,
      outdated: r.status !== 'effective',
    })),
    timetable: slots
      .map((s) => ({
        id: s.id,
        date: s.date,
        from: s.time_from,
        to: s.time_to,
        unitId: s.unit_id,
        unitName: units.get(s.unit_id) ?? '',
        auditorIds: json(s.auditor_ids),
        auditorNames: json(s.auditor_ids).map(nameOf),
        clauses: json(s.clauses) as Clause[],
      }))
      .sort((a, b) => `${a.date}${a.from}`.localeCompare(`${b.date}${b.from}`)),
    meetings: meetings
      .map((m) => ({ id: m.id, kind: m.kind, at: m.at, place: m.place, attendeeIds: json(m.attendee_ids), attendeeNames: json(m.attendee_ids).map(nameOf) }))
      .sort((a, b) => (a.kind === 'opening' ? -1 : 1) - (b.kind === 'opening' ? -1 : 1)),
    independenceExceptions: exceptions.map((e) => ({
      id: e.id,
      personId: e.person_id,
      personName: nameOf(e.person_id),
      unitId: e.unit_id,
      unitName: units.get(e.unit_id) ?? '',
      justification: e.justification,
      recordedAt: e.created_at,
    })),
  };
}

/** The person record of a signed-in user (auditors, leads and auditees are people). */
export async function personOfCaller(db: Kysely<Database>, caller: Caller): Promise<string | null> {
  const p = await db.selectFrom('people').select('id').where('user_id', '=', caller.id).executeTakeFirst();
  return p?.id ?? null;
}
