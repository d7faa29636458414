import { sql, type Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Role } from '../../../shared/auth/roles';
import type { Staff } from '../../../shared/org/contract';
import { nowIso, type Audit } from '../context';
import type { Database, PersonRow } from '../db/schema';
import { AppError, notFound } from '../errors';
import { assertUnitOpen } from './departments';

/** People (人员): the staff record everyone has; helpers shared by the API, the users service and the import. */

type Row = PersonRow & { username: string | null };

const withUser = (db: Kysely<Database>) =>
  db.selectFrom('people as p').leftJoin('users as u', 'u.id', 'p.user_id').selectAll('p').select('u.username');

async function holdings(db: Kysely<Database>, ids: string[]) {
  if (ids.length === 0) return new Map<string, Staff['positions']>();
  const rows = await db
    .selectFrom('person_positions as pp')
    .innerJoin('positions as po', 'po.id', 'pp.position_id')
    .innerJoin('departments as d', 'd.id', 'po.department_id')
    .select(['pp.person_id', 'pp.position_id', 'pp.is_primary', 'po.title', 'po.department_id', 'd.name as department_name'])
    .where('pp.person_id', 'in', ids)
    .orderBy('pp.is_primary', 'desc')
    .orderBy('po.title')
    .execute();
  const map = new Map<string, Staff['positions']>();
  for (const r of rows)
    map.set(r.person_id, [
      ...(map.get(r.person_id) ?? []),
      { positionId: r.position_id, title: r.title, departmentId: r.department_id, departmentName: r.department_name, primary: r.is_primary === 1 },
    ]);
  return map;
}

function toStaff(r: Row, positions: Staff['positions']): Staff {
  const home = positions.find((p) => p.primary) ?? null;
  return {
    id: r.id,
    name: r.name,
    employeeNo: r.employee_no,
    userId: r.user_id,
    username: r.username,
    phone: r.phone,
    email: r.email,
    absent: r.absent === 1,
    active: r.active === 1,
    homeDepartmentId: home?.departmentId ?? null,
    homeDepartmentName: home?.departmentName ?? null,
    positions,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export async function staffOf(db: Kysely<Database>, rows: Row[]): Promise<Staff[]> {
  const map = await holdings(db, rows.map((r) => r.id));
  return rows.map((r) => toStaff(r, map.get(r.id) ?? []));
}

export async function getStaff(db: Kysely<Database>, id: string): Promise<Staff> {
  const row = await withUser(db).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('person', id);
  return (await staffOf(db, [row]))[0]!;
}

export async function listStaff(
  db: Kysely<Database>,
  f: { q?: string; departmentId?: string; active?: boolean; page: number; pageSize: number },
): Promise<{ items: Staff[]; total: number }> {
  let q = db.selectFrom('people as p').leftJoin('users as u', 'u.id', 'p.user_id');
  if (f.q) {
    const p = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) =>
      eb.or([sql<boolean>`p.name LIKE ${p} ESCAPE '\\'`, sql<boolean>`p.employee_no LIKE ${p} ESCAPE '\\'`, sql<boolean>`u.username LIKE ${p} ESCAPE '\\'`]),
    );
  }
  if (f.departmentId)
    q = q.where(
      sql<boolean>`p.id IN (SELECT pp.person_id FROM person_positions pp JOIN positions po ON po.id = pp.position_id WHERE po.department_id = ${f.departmentId})`,
    );
  if (f.active !== undefined) q = q.where('p.active', '=', f.active ? 1 : 0);
  const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await q
    .selectAll('p')
    .select('u.username')
    .orderBy('p.name')
    .orderBy('p.id')
    .limit(f.pageSize)
    .offset((f.page - 1) * f.pageSize)
    .execute();
  return { items: await staffOf(db, rows), total: n };
}

export async function assertEmployeeNoFree(db: Kysely<Database>, no: string | null, except?: string) {
  if (!no) return;
  let q = db.selectFrom('people').select('name').where(sql<boolean>`upper(employee_no) = upper(${no})`);
  if (except) q = q.where('id', '!=', except);
  const other = await q.executeTakeFirst();
  if (other) throw new AppError('CONFLICT', 'people.employeeNoTaken', { employeeNo: no, name: other.name });
}

export async function assertUserFree(db: Kysely<Database>, userId: string | null, except?: string) {
  if (!userId) return;
  if (!(await db.selectFrom('users').select('id').where('id', '=', userId).executeTakeFirst())) throw notFound('user', userId);
  let q = db.selectFrom('people').select('name').where('user_id', '=', userId);
  if (except) q = q.where('id', '!=', except);
  const other = await q.executeTakeFirst();
  if (other) throw new AppError('CONFLICT', 'people.userLinked', { name: other.name });
}

export async function insertPerson(
  trx: Kysely<Database>,
  audit: Audit,
  p: { name: string; employeeNo: string | null; phone: string | null; email: string | null; userId: string | null },
): Promise<Staff> {
  await assertEmployeeNoFree(trx, p.employeeNo);
  await assertUserFree(trx, p.userId);
  const now = nowIso();
  const id = uuidv7();
  await trx
    .insertInto('people')
    .values({ id, name: p.name, employee_no: p.employeeNo, user_id: p.userId, phone: p.phone, email: p.email, absent: 0, active: 1, version: 1, created_at: now, updated_at: now })
    .execute();
  const after = await getStaff(trx, id);
  await audit({ entity: 'person', entityId: id, action: 'create', after });
  return after;
}

/** Gives a person a position; primary demotes their previous primary. Refused in a closed unit. */
export async function holdPosition(trx: Kysely<Database>, personId: string, positionId: string, primary: boolean) {
  const position = await trx.selectFrom('positions').select(['id', 'department_id']).where('id', '=', positionId).executeTakeFirst();
  if (!position) throw notFound('position', positionId);
  await assertUnitOpen(trx, position.department_id);
  if (primary) await trx.updateTable('person_positions').set({ is_primary: 0 }).where('person_id', '=', personId).execute();
  await trx
    .insertInto('person_positions')
    .values({ person_id: personId, position_id: positionId, is_primary: primary ? 1 : 0, created_at: nowIso() })
    .onConflict((oc) => oc.columns(['person_id', 'position_id']).doUpdateSet({ is_primary: primary ? 1 : 0 }))
    .execute();
}

const ROLE_TITLES: Record<Role, string> = { quality_manager: '质量经理', author: '文件编写人', auditor: '内审员', executive: '管理层' };

/**
 * The users API still speaks of a user's department: it is the unit of the primary position. Setting it
 * gives the user's person a primary position in that unit (one named after the role, made if missing).
 */
export async function setUserHomeUnit(trx: Kysely<Database>, userId: string, role: Role, departmentId: string | null) {
  let person = await trx.selectFrom('people').select(['id']).where('user_id', '=', userId).executeTakeFirst();
  if (!person) {
    const user = await trx.selectFrom('users').select(['display_name']).where('id', '=', userId).executeTakeFirstOrThrow();
    const now = nowIso();
    person = { id: uuidv7() };
    await trx
      .insertInto('people')
      .values({ id: person.id, name: user.display_name, employee_no: null, user_id: userId, phone: null, email: null, absent: 0, active: 1, version: 1, created_at: now, updated_at: now })
      .execute();
  }
  const current = await trx
    .selectFrom('person_positions as pp')
    .innerJoin('positions as po', 'po.id', 'pp.position_id')
    .select(['pp.position_id', 'po.department_id'])
    .where('pp.person_id', '=', person.id)
    .where('pp.is_primary', '=', 1)
    .executeTakeFirst();
  if ((current?.department_id ?? null) === departmentId) return;
  if (current) await trx.deleteFrom('person_positions').where('person_id', '=', person.id).where('position_id', '=', current.position_id).execute();
  if (!departmentId) return;
  await assertUnitOpen(trx, departmentId);
  const title = ROLE_TITLES[role];
  let position = await trx.selectFrom('positions').select('id').where('department_id', '=', departmentId).where('title', '=', title).executeTakeFirst();
  if (!position) {
    const now = nowIso();
    position = { id: uuidv7() };
    await trx
      .insertInto('positions')
      .values({ id: position.id, department_id: departmentId, title, duties: '', duties_text: '', education: '', qualifications: '', training_topics: '[]', headcount: 1, deputy_person_id: null, version: 1, created_at: now, updated_at: now })
      .execute();
  }
  await holdPosition(trx, person.id, position.id, true);
}

/** The SQL for a user's home unit (the unit of their person's primary position). */
export const homeUnitOfUser = (userIdColumn: string) =>
  sql<string | null>`(SELECT po.department_id FROM people pe JOIN person_positions pp ON pp.person_id = pe.id AND pp.is_primary = 1
    JOIN positions po ON po.id = pp.position_id WHERE pe.user_id = ${sql.ref(userIdColumn)})`;
