import type { Kysely } from 'kysely';
import { declareAssignment } from '../auth/rights';
import type { Caller } from '../context';
import type { Database } from '../db/schema';

/** The staff record a signed-in user stands for (people.user_id), or null. */
export async function personOf(db: Kysely<Database>, userId: string): Promise<{ id: string; name: string } | null> {
  const p = await db.selectFrom('people').select(['id', 'name']).where('user_id', '=', userId).executeTakeFirst();
  return p ?? null;
}

/** Whether the caller is on the audit's team (lead or auditor). */
export async function onAuditTeam(db: Kysely<Database>, caller: Caller, auditId: string): Promise<boolean> {
  const row = await db
    .selectFrom('audit_team as t')
    .innerJoin('people as p', 'p.id', 't.person_id')
    .select('t.id')
    .where('t.audit_id', '=', auditId)
    .where('t.removed_at', 'is', null)
    .where('p.user_id', '=', caller.id)
    .executeTakeFirst();
  return row !== undefined;
}

/** Checklists and findings of an audit: its lead and auditors, and quality managers. */
export async function mayWorkOnAudit(db: Kysely<Database>, caller: Caller, auditId: string): Promise<boolean> {
  return caller.role === 'quality_manager' || onAuditTeam(db, caller, auditId);
}

/**
 * In what capacity the caller may acknowledge findings of `unitId` in `auditId`: as the unit's head, or as a
 * person named as auditee of that unit in the audit — whatever their role.
 */
export async function auditeeCapacity(db: Kysely<Database>, userId: string, auditId: string, unitId: string): Promise<'head' | 'auditee' | null> {
  const head = await db
    .selectFrom('departments as d')
    .innerJoin('people as p', 'p.id', 'd.head_person_id')
    .select('p.user_id')
    .where('d.id', '=', unitId)
    .executeTakeFirst();
  if (head?.user_id === userId) return 'head';
  const named = await db
    .selectFrom('audit_auditees as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .select('a.id')
    .where('a.audit_id', '=', auditId)
    .where('a.unit_id', '=', unitId)
    .where('a.removed_at', 'is', null)
    .where('p.user_id', '=', userId)
    .executeTakeFirst();
  return named ? 'auditee' : null;
}

/** The users who may acknowledge a finding of `unitId` (its head and the named auditees with a login). */
export async function acknowledgers(db: Kysely<Database>, auditId: string, unitId: string): Promise<string[]> {
  const head = await db
    .selectFrom('departments as d')
    .innerJoin('people as p', 'p.id', 'd.head_person_id')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select('u.id')
    .where('d.id', '=', unitId)
    .where('u.active', '=', 1)
    .execute();
  const named = await db
    .selectFrom('audit_auditees as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .innerJoin('users as u', 'u.id', 'p.user_id')
    .select('u.id')
    .where('a.audit_id', '=', auditId)
    .where('a.unit_id', '=', unitId)
    .where('a.removed_at', 'is', null)
    .where('u.active', '=', 1)
    .execute();
  return [...new Set([...head, ...named].map((r) => r.id))];
}

declareAssignment('finding', 'auditee', async (db, caller, findingId) => {
  const f = await db.selectFrom('audit_findings').select(['audit_id', 'unit_id']).where('id', '=', findingId).executeTakeFirst();
  return f ? (await auditeeCapacity(db, caller.id, f.audit_id, f.unit_id)) !== null : false;
});
declareAssignment('finding', 'auditTeam', async (db, caller, findingId) => {
  const f = await db.selectFrom('audit_findings').select('audit_id').where('id', '=', findingId).executeTakeFirst();
  return f ? onAuditTeam(db, caller, f.audit_id) : false;
});
