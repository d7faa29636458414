import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Database } from '../../electron/backend/db/schema';


/** The staff record of a user (every account has one). */
export async function personOfUser(db: Kysely<Database>, userId: string): Promise<string> {
  const p = await db.selectFrom('people').select('id').where('user_id', '=', userId).executeTakeFirstOrThrow();
  return p.id;
}

/**
 * An audit written straight into the audit-core tables (the audits module's own API plans audits; checklist and
 * finding tests need only its rows): team, audited units and named auditees by person id.
 */
export async function seedAudit(
  db: Kysely<Database>,
  o: { lead?: string; auditors?: string[]; units: string[]; auditees?: { unit: string; person: string }[]; status?: Database['audits']['status']; clauses?: string[]; year?: number },
): Promise<string> {
  const id = uuidv7();
  const at = new Date().toISOString();
  const meta = { version: 1, created_at: at, updated_at: at };
  const year = o.year ?? 2026;
  // After whatever the API has numbered in that year (tests mix seeded audits with audits.create).
  const last = await db.selectFrom('audits').select((eb) => eb.fn.max('seq').as('seq')).where('year', '=', year).executeTakeFirst();
  const n = Math.max(900, Number(last?.seq ?? 0)) + 1;
  await db
    .insertInto('audits')
    .values({
      id, programme_id: null, year, seq: n, code: `IA-${year}-${n}`, provisional_code: null, title: `内部审核 ${n}`, planned_month: 11, purpose: '', scope: '',
      start_date: `${year}-11-0${(n % 9) + 1}`, end_date: null, status: o.status ?? 'in_progress', plan_issued_at: null, cancel_reason: null, closed_at: null,
      created_by: null, updated_by: null, ...meta,
    })
    .execute();
  const team = [...(o.lead ? [{ person: o.lead, role: 'lead' as const }] : []), ...(o.auditors ?? []).map((person) => ({ person, role: 'auditor' as const }))];
  for (const t of team) await db.insertInto('audit_team').values({ id: uuidv7(), audit_id: id, person_id: t.person, role: t.role, removed_at: null, ...meta }).execute();
  for (const u of o.units) await db.insertInto('audit_units').values({ id: uuidv7(), audit_id: id, unit_id: u, removed_at: null, ...meta }).execute();
  for (const a of o.auditees ?? []) await db.insertInto('audit_auditees').values({ id: uuidv7(), audit_id: id, unit_id: a.unit, person_id: a.person, removed_at: null, ...meta }).execute();
  for (const clause of o.clauses ?? [])
    await db.insertInto('audit_criteria').values({ id: uuidv7(), audit_id: id, kind: 'clause', clause, process_id: null, revision_id: null, removed_at: null, ...meta }).execute();
  return id;
}

export async function setAuditStatus(db: Kysely<Database>, auditId: string, status: Database['audits']['status']) {
  await db.updateTable('audits').set({ status }).where('id', '=', auditId).execute();
}
