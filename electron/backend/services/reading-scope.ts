import { sql, type Kysely } from 'kysely';
import type { DocumentScope } from '../../../shared/reading/contract';
import type { Caller } from '../context';
import type { Database } from '../db/schema';
import { declareAssignment, holds } from '../auth/rights';
import { MANAGERS } from '../../../shared/auth/roles';

/** The people a document's scope (适用范围) reaches: holders of its positions and of any position in its units or their sub-units. */
export async function concernedPeople(db: Kysely<Database>, documentId: string): Promise<{ personId: string; unitId: string | null }[]> {
  const { rows } = await sql<{ personId: string; unitId: string | null }>`
    WITH RECURSIVE units(id) AS (
      SELECT target_id FROM document_scope WHERE document_id = ${documentId} AND target_kind = 'unit'
      UNION SELECT d.id FROM departments d JOIN units u ON d.parent_id = u.id
    ),
    concerned(person_id) AS (
      SELECT pp.person_id FROM person_positions pp JOIN positions po ON po.id = pp.position_id
       WHERE po.department_id IN (SELECT id FROM units)
          OR pp.position_id IN (SELECT target_id FROM document_scope WHERE document_id = ${documentId} AND target_kind = 'position')
    )
    SELECT p.id AS "personId",
           (SELECT po.department_id FROM person_positions pp JOIN positions po ON po.id = pp.position_id
             WHERE pp.person_id = p.id ORDER BY pp.is_primary DESC, pp.created_at LIMIT 1) AS "unitId"
      FROM people p WHERE p.active = 1 AND p.id IN (SELECT person_id FROM concerned)
     ORDER BY p.name`.execute(db);
  return rows;
}

/** Quality managers and the document's owner edit its scope, as they edit its register entry. */
export const mayEditScope = (db: Kysely<Database>, caller: Caller, documentId: string) =>
  holds(db, caller, { roles: MANAGERS, entity: 'document', id: documentId, assignments: ['owner'] });

export async function readScope(db: Kysely<Database>, caller: Caller, documentId: string): Promise<DocumentScope> {
  const units = await db
    .selectFrom('document_scope as s')
    .innerJoin('departments as d', 'd.id', 's.target_id')
    .select(['d.id', 'd.name', 'd.closed_at'])
    .where('s.document_id', '=', documentId)
    .where('s.target_kind', '=', 'unit')
    .orderBy('d.name_sort')
    .execute();
  const positions = await db
    .selectFrom('document_scope as s')
    .innerJoin('positions as po', 'po.id', 's.target_id')
    .innerJoin('departments as d', 'd.id', 'po.department_id')
    .select(['po.id', 'po.title', 'd.name as unitName'])
    .where('s.document_id', '=', documentId)
    .where('s.target_kind', '=', 'position')
    .orderBy('d.name_sort')
    .orderBy('po.title')
    .execute();
  const open = await db
    .selectFrom('revisions as r')
    .leftJoin('revision_training as rt', 'rt.revision_id', 'r.id')
    .select(['r.id', 'r.label', 'r.status', 'rt.revision_id as flagged'])
    .where('r.document_id', '=', documentId)
    .where('r.status', 'in', ['draft', 'in_review', 'approved'])
    .executeTakeFirst();
  return {
    documentId,
    openRevision: open ? { id: open.id, label: open.label, status: open.status, needsTraining: open.flagged !== null } : null,
    units: units.map((u) => ({ id: u.id, name: u.name, closed: u.closed_at !== null })),
    positions,
    people: (await concernedPeople(db, documentId)).length,
    mayEdit: await mayEditScope(db, caller, documentId),
  };
}

/**
 * The heads who stand for a unit's staff: its head, else the nearest ancestor's head, who has a login and is
 * present. Returns their user and person ids.
 */
export async function headFor(db: Kysely<Database>, unitId: string | null): Promise<{ userId: string; personId: string } | null> {
  let id = unitId;
  for (let depth = 0; id && depth < 50; depth++) {
    const u = await db
      .selectFrom('departments as d')
      .leftJoin('people as p', 'p.id', 'd.head_person_id')
      .select(['d.parent_id', 'p.id as personId', 'p.user_id as userId', 'p.absent'])
      .where('d.id', '=', id)
      .executeTakeFirst();
    if (!u) return null;
    if (u.personId && u.userId && !u.absent) return { userId: u.userId, personId: u.personId };
    id = u.parent_id;
  }
  return null;
}

/** Whether the person is the head of this unit or of any unit above it. */
export async function headsAbove(db: Kysely<Database>, personId: string, unitId: string | null): Promise<boolean> {
  let id = unitId;
  for (let depth = 0; id && depth < 50; depth++) {
    const u = await db.selectFrom('departments').select(['parent_id', 'head_person_id']).where('id', '=', id).executeTakeFirst();
    if (!u) return false;
    if (u.head_person_id === personId) return true;
    id = u.parent_id;
  }
  return false;
}

export const personOfUser = async (db: Kysely<Database>, userId: string) =>
  (await db.selectFrom('people').select(['id', 'name']).where('user_id', '=', userId).executeTakeFirst()) ?? null;

/** A person's home unit: the unit of their primary position (else of any position). */
export async function homeUnit(db: Kysely<Database>, personId: string): Promise<string | null> {
  const r = await db
    .selectFrom('person_positions as pp')
    .innerJoin('positions as po', 'po.id', 'pp.position_id')
    .select('po.department_id')
    .where('pp.person_id', '=', personId)
    .orderBy('pp.is_primary', 'desc')
    .orderBy('pp.created_at')
    .executeTakeFirst();
  return r?.department_id ?? null;
}

// A unit head holds rights over the staff of their unit and the units below it (paper sign-offs, training
// records); everyone over their own staff record.
declareAssignment('person', 'unitHead', async (db, caller, personId) => {
  const me = await personOfUser(db, caller.id);
  return me !== null && (await headsAbove(db, me.id, await homeUnit(db, personId)));
});
declareAssignment('person', 'self', async (db, caller, personId) => (await personOfUser(db, caller.id))?.id === personId);
