import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { AuditPlanInput } from '../../../shared/audits/schemas';
import { nowIso } from '../clock';
import type { Audit as AuditFn } from '../context';
import type { Database, InternalAuditRow } from '../db/schema';
import { AppError, notFound } from '../errors';
import { assertIndependent } from './audit-independence';

/**
 * Saving an audit's plan: checks everything first (people on the team and present, units live and in scope,
 * chosen regulations effective, slots within the dates, independence), then writes the audit row and makes its
 * child rows equal to the plan: rows kept keep their id, new ones get one, rows no longer listed get removed_at.
 */
type Child = 'audit_team' | 'audit_units' | 'audit_auditees' | 'audit_criteria' | 'audit_meetings';

async function checkPeople(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return;
  const rows = await db.selectFrom('people').select(['id', 'name', 'active']).where('id', 'in', ids).execute();
  for (const id of ids) {
    const p = rows.find((r) => r.id === id);
    if (!p) throw notFound('person', id);
    if (!p.active) throw new AppError('CONFLICT', 'audits.personInactive', { name: p.name });
  }
}

async function checkUnits(db: Kysely<Database>, ids: string[], kept: Set<string>) {
  if (ids.length === 0) return;
  const rows = await db.selectFrom('departments').select(['id', 'name', 'closed_at']).where('id', 'in', ids).execute();
  for (const id of ids) {
    const u = rows.find((r) => r.id === id);
    if (!u) throw notFound('department', id);
    if (u.closed_at && !kept.has(id)) throw new AppError('CONFLICT', 'audits.unitClosed', { unit: u.name });
  }
}

export async function checkPlan(db: Kysely<Database>, row: InternalAuditRow, p: AuditPlanInput): Promise<void> {
  if (p.leadPersonId && p.auditorIds.includes(p.leadPersonId)) throw new AppError('VALIDATION', 'audits.leadIsAuditor');
  const team = new Set([...(p.leadPersonId ? [p.leadPersonId] : []), ...p.auditorIds]);
  const keptUnits = new Set(
    (await db.selectFrom('audit_units').select('unit_id').where('audit_id', '=', row.id).where('removed_at', 'is', null).execute()).map((u) => u.unit_id),
  );
  await checkPeople(db, [...team, ...p.auditees.map((a) => a.personId)]);
  await checkUnits(db, p.unitIds, keptUnits);
  const inScope = new Set(p.unitIds);
  const unitName = async (id: string) => (await db.selectFrom('departments').select('name').where('id', '=', id).executeTakeFirst())?.name ?? id;
  for (const a of p.auditees) if (!inScope.has(a.unitId)) throw new AppError('VALIDATION', 'audits.unitNotAudited', { unit: await unitName(a.unitId) });
  for (const d of [p.startDate, p.endDate]) if (d && Number(d.slice(0, 4)) !== row.year) throw new AppError('VALIDATION', 'audits.outsideYear', { year: row.year });
  for (const s of p.timetable) {
    if (!inScope.has(s.unitId)) throw new AppError('VALIDATION', 'audits.unitNotAudited', { unit: await unitName(s.unitId) });
    for (const pid of s.auditorIds)
      if (!team.has(pid)) {
        const name = (await db.selectFrom('people').select('name').where('id', '=', pid).executeTakeFirst())?.name ?? pid;
        throw new AppError('VALIDATION', 'audits.notOnTeam', { name });
      }
    if ((p.startDate && s.date < p.startDate) || (p.endDate && s.date > p.endDate) || Number(s.date.slice(0, 4)) !== row.year)
      throw new AppError('VALIDATION', 'audits.slotOutsideDates', { date: s.date, start: p.startDate ?? '', end: p.endDate ?? '' });
  }
  if (p.revisionIds.length) {
    const kept = new Set(
      (await db.selectFrom('audit_criteria').select('revision_id').where('audit_id', '=', row.id).where('kind', '=', 'revision').where('removed_at', 'is', null).execute()).map(
        (c) => c.revision_id,
      ),
    );
    const revs = await db
      .selectFrom('revisions as r')
      .innerJoin('documents as d', 'd.id', 'r.document_id')
      .select(['r.id', 'r.status', 'r.label', 'd.number'])
      .where('r.id', 'in', p.revisionIds)
      .execute();
    for (const id of p.revisionIds) {
      const r = revs.find((x) => x.id === id);
      if (!r) throw notFound('revision', id);
      if (r.status !== 'effective' && !kept.has(id)) throw new AppError('CONFLICT', 'audits.revisionNotEffective', { number: r.number, label: r.label });
    }
  }
  const existingSlots = new Set(
    (await db.selectFrom('audit_slots').select('id').where('audit_id', '=', row.id).where('removed_at', 'is', null).execute()).map((s) => s.id),
  );
  for (const s of p.timetable) if (s.id && !existingSlots.has(s.id)) throw notFound('audit_slot', s.id);
  await assertIndependent(
    db,
    row.id,
    p.timetable.flatMap((s) => s.auditorIds.map((personId) => ({ personId, unitId: s.unitId }))),
  );
}

/** Makes the live rows of one child table equal to `wanted` (by key); returns whether anything changed. */
async function syncChild<T extends Record<string, unknown>>(
  trx: Kysely<Database>,
  table: Child,
  auditId: string,
  wanted: T[],
  keyOf: (r: Record<string, unknown>) => string,
): Promise<boolean> {
  const at = nowIso();
  const live = (await trx.selectFrom(table).selectAll().where('audit_id', '=', auditId).where('removed_at', 'is', null).execute()) as unknown as Record<string, unknown>[];
  const want = new Map(wanted.map((w) => [keyOf(w), w]));
  // Rows becoming a lead are written last, so that the one-lead index never sees two at once.
  const rank = (r: Record<string, unknown>) => (want.get(keyOf(r))?.role === 'lead' ? 1 : 0);
  live.sort((a, b) => rank(a) - rank(b));
  let changed = false;
  for (const r of live) {
    const w = want.get(keyOf(r));
    if (!w) {
      await trx.updateTable(table).set({ removed_at: at, updated_at: at, version: (r.version as number) + 1 }).where('id', '=', r.id as string).execute();
      changed = true;
    } else {
      want.delete(keyOf(r));
      const diff = Object.entries(w).some(([k, v]) => r[k] !== v);
      if (diff) {
        await trx.updateTable(table).set({ ...w, updated_at: at, version: (r.version as number) + 1 } as never).where('id', '=', r.id as string).execute();
        changed = true;
      }
    }
  }
  for (const w of want.values()) {
    await trx.insertInto(table).values({ ...w, id: uuidv7(), audit_id: auditId, removed_at: null, version: 1, created_at: at, updated_at: at } as never).execute();
    changed = true;
  }
  return changed;
}

export async function writePlan(trx: Kysely<Database>, audit: AuditFn, row: InternalAuditRow, p: AuditPlanInput, userId: string): Promise<void> {
  const at = nowIso();
  const fields = {
    title: p.title,
    planned_month: p.plannedMonth,
    purpose: p.purpose,
    scope: p.scope,
    start_date: p.startDate,
    end_date: p.endDate,
  };
  await trx
    .updateTable('audits')
    .set({ ...fields, version: row.version + 1, updated_at: at, updated_by: userId })
    .where('id', '=', row.id)
    .execute();
  const team = [...(p.leadPersonId ? [{ person_id: p.leadPersonId, role: 'lead' }] : []), ...p.auditorIds.map((id) => ({ person_id: id, role: 'auditor' }))];
  // The team is keyed by person: a person moving from auditor to lead keeps their row (role updated).
  await syncChild(trx, 'audit_team', row.id, team, (r) => String(r.person_id));
  await syncChild(trx, 'audit_units', row.id, p.unitIds.map((id) => ({ unit_id: id })), (r) => String(r.unit_id));
  await syncChild(trx, 'audit_auditees', row.id, p.auditees.map((a) => ({ unit_id: a.unitId, person_id: a.personId })), (r) => `${String(r.unit_id)}|${String(r.person_id)}`);
  const criteria = [
    ...p.clauses.map((c) => ({ kind: 'clause', clause: c, process_id: null, revision_id: null })),
    ...p.processIds.map((id) => ({ kind: 'process', clause: null, process_id: id, revision_id: null })),
    ...p.revisionIds.map((id) => ({ kind: 'revision', clause: null, process_id: null, revision_id: id })),
  ];
  await syncChild(trx, 'audit_criteria', row.id, criteria, (r) => `${String(r.kind)}|${String(r.clause ?? r.process_id ?? r.revision_id)}`);
  await syncChild(
    trx,
    'audit_meetings',
    row.id,
    p.meetings.map((m) => ({ kind: m.kind, at: m.at, place: m.place, attendee_ids: JSON.stringify(m.attendeeIds) })),
    (r) => String(r.kind),
  );
  // Slots keep the id the page sent; a slot without one is new; a slot no longer sent is removed.
  const live = await trx.selectFrom('audit_slots').selectAll().where('audit_id', '=', row.id).where('removed_at', 'is', null).execute();
  const sent = new Set(p.timetable.flatMap((s) => (s.id ? [s.id] : [])));
  for (const r of live) if (!sent.has(r.id)) await trx.updateTable('audit_slots').set({ removed_at: at, updated_at: at, version: r.version + 1 }).where('id', '=', r.id).execute();
  for (const s of p.timetable) {
    const values = { date: s.date, time_from: s.from, time_to: s.to, unit_id: s.unitId, auditor_ids: JSON.stringify(s.auditorIds), clauses: JSON.stringify(s.clauses) };
    const old = s.id ? live.find((r) => r.id === s.id) : undefined;
    if (old) {
      const same = (Object.keys(values) as (keyof typeof values)[]).every((k) => old[k] === values[k]);
      if (!same) await trx.updateTable('audit_slots').set({ ...values, updated_at: at, version: old.version + 1 }).where('id', '=', old.id).execute();
    } else await trx.insertInto('audit_slots').values({ ...values, id: uuidv7(), audit_id: row.id, removed_at: null, version: 1, created_at: at, updated_at: at }).execute();
  }
  await audit({
    entity: 'audit',
    entityId: row.id,
    action: 'savePlan',
    before: { title: row.title, plannedMonth: row.planned_month, startDate: row.start_date, endDate: row.end_date },
    after: {
      title: p.title,
      plannedMonth: p.plannedMonth,
      startDate: p.startDate,
      endDate: p.endDate,
      lead: p.leadPersonId,
      auditors: p.auditorIds,
      units: p.unitIds,
      clauses: p.clauses,
      slots: p.timetable.length,
    },
  });
}
