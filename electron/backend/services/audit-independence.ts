import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import { AppError } from '../errors';

/**
 * Independence (ISO 19011 / 9.2.2 b): an auditor does not audit their own work. A person's own units are the
 * units of every position they hold (primary or not) and all units below them — a department's staff do not
 * audit its teams and branches either. The organisation itself (the root unit) counts only as itself: holding a
 * position at the top (general manager, management representative) makes the top-management unit one's own,
 * not every department. The lead may record a justified exception for one person and unit on one audit.
 */
export async function ownUnits(db: Kysely<Database>, personId: string): Promise<Set<string>> {
  const held = await db
    .selectFrom('person_positions as pp')
    .innerJoin('positions as pos', 'pos.id', 'pp.position_id')
    .select('pos.department_id')
    .where('pp.person_id', '=', personId)
    .execute();
  const units = await db.selectFrom('departments').select(['id', 'parent_id']).execute();
  const children = new Map<string, string[]>();
  for (const u of units) if (u.parent_id) children.set(u.parent_id, [...(children.get(u.parent_id) ?? []), u.id]);
  const own = new Set<string>();
  const root = units.find((u) => u.parent_id === null)?.id;
  const walk = (id: string) => {
    if (own.has(id)) return;
    own.add(id);
    for (const c of children.get(id) ?? []) walk(c);
  };
  for (const h of held) {
    if (h.department_id === root) own.add(h.department_id);
    else walk(h.department_id);
  }
  return own;
}

export interface Assignment {
  personId: string;
  unitId: string;
}

/**
 * Refuses the first auditor scheduled on a unit of their own without a recorded exception (CONFLICT
 * audits.ownUnit, naming the person and the unit).
 */
export async function assertIndependent(db: Kysely<Database>, auditId: string, assignments: Assignment[]): Promise<void> {
  if (assignments.length === 0) return;
  const exceptions = await db
    .selectFrom('audit_independence_exceptions')
    .select(['person_id', 'unit_id'])
    .where('audit_id', '=', auditId)
    .where('removed_at', 'is', null)
    .execute();
  const excused = new Set(exceptions.map((e) => `${e.person_id}|${e.unit_id}`));
  const cache = new Map<string, Set<string>>();
  for (const a of assignments) {
    if (excused.has(`${a.personId}|${a.unitId}`)) continue;
    let own = cache.get(a.personId);
    if (!own) cache.set(a.personId, (own = await ownUnits(db, a.personId)));
    if (!own.has(a.unitId)) continue;
    const person = await db.selectFrom('people').select('name').where('id', '=', a.personId).executeTakeFirst();
    const unit = await db.selectFrom('departments').select('name').where('id', '=', a.unitId).executeTakeFirst();
    throw new AppError('CONFLICT', 'audits.ownUnit', { name: person?.name ?? '', unit: unit?.name ?? '' }, { personId: a.personId, unitId: a.unitId });
  }
}
