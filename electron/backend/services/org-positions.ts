import { sql, type Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { contentText, type Content } from '../../../shared/editor/content';
import type { Position } from '../../../shared/org/contract';
import { nowIso, type Audit, type Caller } from '../context';
import type { Database, PositionRow } from '../db/schema';
import { AppError, notFound } from '../errors';
import { assertUnitOpen, getUnitRow } from './departments';
import { linkPositionTopics } from './training-topics';

/** Positions (岗位): duties, competence requirements, holders and the deputy. */

type Row = PositionRow & { department_name: string; deputy_name: string | null };

const base = (db: Kysely<Database>) =>
  db
    .selectFrom('positions as po')
    .innerJoin('departments as d', 'd.id', 'po.department_id')
    .leftJoin('people as dep', 'dep.id', 'po.deputy_person_id')
    .selectAll('po')
    .select(['d.name as department_name', 'dep.name as deputy_name']);

async function toPositions(db: Kysely<Database>, rows: Row[]): Promise<Position[]> {
  const ids = rows.map((r) => r.id);
  const holders = ids.length
    ? await db
        .selectFrom('person_positions as pp')
        .innerJoin('people as p', 'p.id', 'pp.person_id')
        .select(['pp.position_id', 'pp.person_id', 'pp.is_primary', 'p.name', 'p.absent'])
        .where('pp.position_id', 'in', ids)
        .orderBy('p.name')
        .execute()
    : [];
  return rows.map((r) => ({
    id: r.id,
    departmentId: r.department_id,
    departmentName: r.department_name,
    title: r.title,
    duties: r.duties ? (JSON.parse(r.duties) as Content) : null,
    dutiesText: r.duties_text,
    education: r.education,
    qualifications: r.qualifications,
    trainingTopics: JSON.parse(r.training_topics) as string[],
    headcount: r.headcount,
    deputyPersonId: r.deputy_person_id,
    deputyName: r.deputy_name,
    holders: holders
      .filter((h) => h.position_id === r.id)
      .map((h) => ({ personId: h.person_id, name: h.name, primary: h.is_primary === 1, absent: h.absent === 1 })),
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  }));
}

export async function getPosition(db: Kysely<Database>, id: string): Promise<Position> {
  const row = await base(db).where('po.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('position', id);
  return (await toPositions(db, [row]))[0]!;
}

export async function listPositions(db: Kysely<Database>, f: { departmentId?: string; q?: string; page: number; pageSize: number }) {
  let q = db.selectFrom('positions as po');
  if (f.departmentId) q = q.where('po.department_id', '=', f.departmentId);
  if (f.q) {
    const p = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    q = q.where((eb) => eb.or([sql<boolean>`po.title LIKE ${p} ESCAPE '\\'`, sql<boolean>`po.duties_text LIKE ${p} ESCAPE '\\'`]));
  }
  const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const ids = await q.select('po.id').orderBy('po.department_id').orderBy('po.title').limit(f.pageSize).offset((f.page - 1) * f.pageSize).execute();
  const rows = ids.length ? await base(db).where('po.id', 'in', ids.map((r) => r.id)).orderBy('d.name').orderBy('po.title').execute() : [];
  return { items: await toPositions(db, rows), total: n };
}

/** Plain text of duties (for search and the export); paragraphs from plain text for the import. */
export const dutiesText = (c: Content | null) => (c ? contentText(c, 'zh-CN').join('\n').trim() : '');
export const dutiesFromText = (t: string): Content | null =>
  t.trim()
    ? { schemaVersion: 1, doc: { type: 'doc', content: t.split(/\r?\n/).filter((l) => l.trim()).map((l) => ({ type: 'paragraph', content: [{ type: 'text', text: l.trim() }] })) } }
    : null;

/** Quality managers administer; the unit's head and the unit's own authors edit its positions. */
export async function assertMayEditUnit(db: Kysely<Database>, caller: Caller, departmentId: string) {
  if (caller.role === 'quality_manager') return;
  const unit = await getUnitRow(db, departmentId);
  const me = await db.selectFrom('people').select('id').where('user_id', '=', caller.id).executeTakeFirst();
  if (me && unit.head_person_id === me.id) return;
  if (me && caller.role === 'author') {
    const holds = await db
      .selectFrom('person_positions as pp')
      .innerJoin('positions as po', 'po.id', 'pp.position_id')
      .select('pp.person_id')
      .where('pp.person_id', '=', me.id)
      .where('po.department_id', '=', departmentId)
      .executeTakeFirst();
    if (holds) return;
  }
  throw new AppError('FORBIDDEN', 'positions.notOwnUnit');
}

export async function assertTitleFree(db: Kysely<Database>, departmentId: string, title: string, except?: string) {
  let q = db.selectFrom('positions').select('id').where('department_id', '=', departmentId).where(sql<boolean>`title = ${title} COLLATE NOCASE`);
  if (except) q = q.where('id', '!=', except);
  if (await q.executeTakeFirst()) {
    const unit = await getUnitRow(db, departmentId);
    throw new AppError('CONFLICT', 'positions.titleTaken', { unit: unit.name, title });
  }
}

export interface PositionFields {
  title: string;
  duties: Content | null;
  education: string;
  qualifications: string;
  trainingTopics: string[];
  headcount: number;
  deputyPersonId: string | null;
}

export async function assertDeputy(db: Kysely<Database>, id: string | null | undefined) {
  if (id && !(await db.selectFrom('people').select('id').where('id', '=', id).executeTakeFirst())) throw notFound('person', id);
}

export async function insertPosition(trx: Kysely<Database>, audit: Audit, departmentId: string, f: PositionFields): Promise<Position> {
  await assertUnitOpen(trx, departmentId);
  await assertTitleFree(trx, departmentId, f.title);
  await assertDeputy(trx, f.deputyPersonId);
  const now = nowIso();
  const id = uuidv7();
  await trx
    .insertInto('positions')
    .values({
      id,
      department_id: departmentId,
      title: f.title,
      duties: f.duties ? JSON.stringify(f.duties) : '',
      duties_text: dutiesText(f.duties),
      education: f.education,
      qualifications: f.qualifications,
      training_topics: JSON.stringify(f.trainingTopics),
      headcount: f.headcount,
      deputy_person_id: f.deputyPersonId,
      version: 1,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await linkPositionTopics(trx, id, f.trainingTopics);
  const after = await getPosition(trx, id);
  await audit({ entity: 'position', entityId: id, action: 'create', after });
  return after;
}

export async function updatePosition(trx: Kysely<Database>, audit: Audit, before: Position, f: Partial<PositionFields>): Promise<Position> {
  if (f.title !== undefined) await assertTitleFree(trx, before.departmentId, f.title, before.id);
  await assertDeputy(trx, f.deputyPersonId);
  await trx
    .updateTable('positions')
    .set({
      ...(f.title !== undefined && { title: f.title }),
      ...(f.duties !== undefined && { duties: f.duties ? JSON.stringify(f.duties) : '', duties_text: dutiesText(f.duties) }),
      ...(f.education !== undefined && { education: f.education }),
      ...(f.qualifications !== undefined && { qualifications: f.qualifications }),
      ...(f.trainingTopics !== undefined && { training_topics: JSON.stringify(f.trainingTopics) }),
      ...(f.headcount !== undefined && { headcount: f.headcount }),
      ...(f.deputyPersonId !== undefined && { deputy_person_id: f.deputyPersonId }),
      version: before.version + 1,
      updated_at: nowIso(),
    })
    .where('id', '=', before.id)
    .execute();
  await linkPositionTopics(trx, before.id, f.trainingTopics);
  const after = await getPosition(trx, before.id);
  await audit({ entity: 'position', entityId: before.id, action: 'update', before, after });
  return after;
}
