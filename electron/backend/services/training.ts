import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import { MANAGERS } from '../../../shared/auth/roles';
import type { TrainingSession } from '../../../shared/training/contract';
import { holds } from '../auth/rights';
import { callerOf, inTransaction, nowIso, type Caller, type DomainMethods, type Handlers } from '../context';
import type { Database } from '../db/schema';
import { AppError, notFound, stale } from '../errors';
import { ROOT_UNIT_ID, subtreeIds } from './departments';
import { assertMayEditUnit } from './org-positions';
import { headsAbove, homeUnit, personOfUser } from './reading-scope';
import { today } from './revision-lifecycle';
import { syncEntityTasks } from './task-providers';
import { trainingWorkbook } from './training-export';
import { matrixPeoplePageQuery, personGaps, unitCountsQuery, unitPeopleCount } from './training-gaps';
import { assertTopicTitleFree, getTopic, listTopics } from './training-topics';
import './training-tasks';

const SEE_ALL = new Set(['quality_manager', 'auditor', 'executive']);

const mayActFor = (db: Kysely<Database>, caller: Caller, personId: string) =>
  holds(db, caller, { roles: MANAGERS, entity: 'person', id: personId, assignments: ['unitHead'] });

/** Quality managers, auditors and executives see every unit; a unit head the units they head and below. */
async function assertMaySeeUnit(db: Kysely<Database>, caller: Caller, unitId: string) {
  if (SEE_ALL.has(caller.role)) return;
  const me = await personOfUser(db, caller.id);
  if (!me || !(await headsAbove(db, me.id, unitId))) throw new AppError('FORBIDDEN', 'training.notYours');
}

async function sessionsOf(db: Kysely<Database>, ids: string[]): Promise<TrainingSession[]> {
  if (!ids.length) return [];
  const rows = await db
    .selectFrom('training_sessions as s')
    .innerJoin('training_topics as t', 't.id', 's.topic_id')
    .leftJoin('revisions as r', 'r.id', 's.revision_id')
    .leftJoin('users as u', 'u.id', 's.created_by')
    .selectAll('s')
    .select(['t.title', 'r.label', 'u.display_name'])
    .where('s.id', 'in', ids)
    .orderBy('s.held_on', 'desc')
    .orderBy('s.created_at', 'desc')
    .execute();
  const att = await db
    .selectFrom('training_attendance as a')
    .innerJoin('people as p', 'p.id', 'a.person_id')
    .leftJoin('person_positions as pp', (j) => j.onRef('pp.person_id', '=', 'p.id').on('pp.is_primary', '=', 1))
    .leftJoin('positions as po', 'po.id', 'pp.position_id')
    .leftJoin('departments as d', 'd.id', 'po.department_id')
    .select(['a.session_id', 'a.person_id', 'a.result', 'p.name', 'd.name as unitName'])
    .where('a.session_id', 'in', ids)
    .orderBy('p.name')
    .execute();
  return rows.map((s) => ({
    id: s.id,
    topicId: s.topic_id,
    topicTitle: s.title,
    revisionId: s.revision_id,
    revisionLabel: s.label,
    heldOn: s.held_on,
    trainer: s.trainer,
    hours: s.hours,
    method: s.method as TrainingSession['method'],
    notes: s.notes,
    attachmentId: s.attachment_id,
    attendees: att.filter((a) => a.session_id === s.id).map((a) => ({ personId: a.person_id, name: a.name, unitName: a.unitName, result: a.result })),
    createdBy: s.display_name,
  }));
}

export const trainingHandlers: Handlers<DomainMethods<'training'>> = {
  async 'training.topicsList'(_input, ctx) {
    return listTopics(ctx.backend.store.db);
  },
  async 'training.topicCreate'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      await assertTopicTitleFree(trx, input.title);
      if (input.documentId && !(await trx.selectFrom('documents').select('id').where('id', '=', input.documentId).executeTakeFirst())) throw notFound('document', input.documentId);
      const id = uuidv7();
      const at = nowIso();
      await trx.insertInto('training_topics').values({ id, title: input.title, document_id: input.documentId, validity_months: input.validityMonths, version: 1, created_at: at, updated_at: at }).execute();
      const after = await getTopic(trx, id);
      await audit({ entity: 'training_topic', entityId: id, action: 'create', after });
      return after;
    });
  },
  async 'training.topicUpdate'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const before = await getTopic(trx, input.id);
      if (before.version !== input.version) throw stale();
      if (input.title !== undefined) await assertTopicTitleFree(trx, input.title, input.id);
      await trx
        .updateTable('training_topics')
        .set({ ...(input.title !== undefined && { title: input.title }), ...(input.validityMonths !== undefined && { validity_months: input.validityMonths }), version: before.version + 1, updated_at: nowIso() })
        .where('id', '=', input.id)
        .execute();
      const after = await getTopic(trx, input.id);
      await audit({ entity: 'training_topic', entityId: input.id, action: 'update', before, after });
      // A changed validity moves gaps: every holder of a position needing it is re-checked.
      const people = await trx.selectFrom('position_topics as pt').innerJoin('person_positions as pp', 'pp.position_id', 'pt.position_id').select('pp.person_id').where('pt.topic_id', '=', input.id).execute();
      for (const p of people) await syncEntityTasks(trx, 'training', p.person_id);
      return after;
    });
  },
  async 'training.positionTopicsSet'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const pos = await trx.selectFrom('positions').select(['id', 'department_id', 'training_topics', 'version']).where('id', '=', input.positionId).executeTakeFirst();
      if (!pos) throw notFound('position', input.positionId);
      await assertMayEditUnit(trx, me, pos.department_id);
      const ids = [...new Set(input.topicIds)];
      const topics = ids.length ? await trx.selectFrom('training_topics').select(['id', 'title']).where('id', 'in', ids).execute() : [];
      if (topics.length !== ids.length) throw notFound('training_topic', ids.find((i) => !topics.some((t) => t.id === i)));
      await trx.deleteFrom('position_topics').where('position_id', '=', pos.id).execute();
      if (ids.length) await trx.insertInto('position_topics').values(ids.map((topic_id) => ({ position_id: pos.id, topic_id }))).execute();
      const titles = ids.map((i) => topics.find((t) => t.id === i)!.title);
      await trx.updateTable('positions').set({ training_topics: JSON.stringify(titles), version: pos.version + 1, updated_at: nowIso() }).where('id', '=', pos.id).execute();
      await audit({ entity: 'position', entityId: pos.id, action: 'update', before: { trainingTopics: JSON.parse(pos.training_topics) as string[] }, after: { trainingTopics: titles } });
      return { positionId: pos.id, topicIds: ids };
    });
  },
  async 'training.record'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const topic = await getTopic(trx, input.topicId);
      if (input.heldOn > today()) throw new AppError('VALIDATION', 'training.futureDate');
      if (input.revisionId) {
        const rev = await trx.selectFrom('revisions').select('document_id').where('id', '=', input.revisionId).executeTakeFirst();
        if (!rev) throw notFound('revision', input.revisionId);
        if (rev.document_id !== topic.documentId) throw new AppError('VALIDATION', 'training.revisionOfOtherDocument');
      }
      if (input.attachmentId && !(await trx.selectFrom('attachments').select('id').where('id', '=', input.attachmentId).executeTakeFirst())) throw notFound('attachment', input.attachmentId);
      const attendees = [...new Map(input.attendees.map((a) => [a.personId, a])).values()];
      let unitId: string | null = null;
      for (const a of attendees) {
        const p = await trx.selectFrom('people').select(['name', 'active']).where('id', '=', a.personId).executeTakeFirst();
        if (!p) throw notFound('person', a.personId);
        if (!p.active) throw new AppError('CONFLICT', 'training.inactivePerson', { name: p.name });
        const home = await homeUnit(trx, a.personId);
        const unit = home ? await trx.selectFrom('departments').select(['name', 'closed_at']).where('id', '=', home).executeTakeFirst() : undefined;
        if (unit?.closed_at) throw new AppError('CONFLICT', 'training.closedUnit', { name: p.name, unit: unit.name });
        if (!(await mayActFor(trx, me, a.personId))) throw new AppError('FORBIDDEN', 'training.notHeadOf', { name: p.name });
        unitId ??= home;
      }
      // A document topic trained without naming the revision: the one in force that day.
      let revisionId = input.revisionId;
      if (!revisionId && topic.documentId) {
        const cur = await trx.selectFrom('revisions').select('id').where('document_id', '=', topic.documentId).where('status', '=', 'effective').executeTakeFirst();
        revisionId = cur?.id ?? null;
      }
      const id = uuidv7();
      await trx
        .insertInto('training_sessions')
        .values({ id, topic_id: topic.id, revision_id: revisionId, held_on: input.heldOn, trainer: input.trainer, hours: input.hours, method: input.method, unit_id: unitId, notes: input.notes, attachment_id: input.attachmentId, created_by: me.id, created_at: nowIso() })
        .execute();
      await trx.insertInto('training_attendance').values(attendees.map((a) => ({ session_id: id, person_id: a.personId, result: a.result }))).execute();
      const [session] = await sessionsOf(trx, [id]);
      await audit({ entity: 'training_session', entityId: id, action: 'create', after: { topic: topic.title, heldOn: input.heldOn, trainer: input.trainer, hours: input.hours, method: input.method, attendees: session!.attendees.map((a) => `${a.name}:${a.result}`) } });
      for (const a of attendees) await syncEntityTasks(trx, 'training', a.personId);
      return session!;
    });
  },
  async 'training.pickPeople'(input, ctx) {
    const db = ctx.backend.store.db;
    let q = db
      .selectFrom('people as p')
      .innerJoin('person_positions as pp', 'pp.person_id', 'p.id')
      .innerJoin('positions as po', 'po.id', 'pp.position_id')
      .innerJoin('departments as d', 'd.id', 'po.department_id')
      .select(['p.id as personId', 'p.name', 'd.name as unitName'])
      .where('p.active', '=', 1);
    if (input.positionId) q = q.where('pp.position_id', '=', input.positionId);
    else q = q.where('pp.is_primary', '=', 1);
    if (input.unitId) q = q.where('po.department_id', 'in', await subtreeIds(db, input.unitId));
    const rows = await q.orderBy('d.name_sort').orderBy('p.name').limit(2000).execute();
    return [...new Map(rows.map((r) => [r.personId, r])).values()];
  },
  async 'training.sessions'(input, ctx) {
    const db = ctx.backend.store.db;
    let q = db.selectFrom('training_sessions');
    if (input.topicId) q = q.where('topic_id', '=', input.topicId);
    const { n } = await q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    const ids = await q.select('id').orderBy('held_on', 'desc').orderBy('created_at', 'desc').limit(input.pageSize).offset((input.page - 1) * input.pageSize).execute();
    return { items: await sessionsOf(db, ids.map((r) => r.id)), total: n };
  },
  async 'training.person'(input, ctx) {
    const me = callerOf(ctx);
    const db = ctx.backend.store.db;
    const mine = await personOfUser(db, me.id);
    const headOf = mine ? await db.selectFrom('departments').select(['id', 'name']).where('head_person_id', '=', mine.id).where('closed_at', 'is', null).orderBy('name_sort').execute() : [];
    const personId = input.personId ?? mine?.id;
    if (!personId) return { personId: null, name: null, records: [], gaps: [], headOf };
    const person = await db.selectFrom('people').select(['id', 'name']).where('id', '=', personId).executeTakeFirst();
    if (!person) throw notFound('person', personId);
    if (!SEE_ALL.has(me.role) && !(await holds(db, me, { entity: 'person', id: personId, assignments: ['self', 'unitHead'] }))) throw new AppError('FORBIDDEN', 'training.notYours');
    const records = await db
      .selectFrom('training_attendance as a')
      .innerJoin('training_sessions as s', 's.id', 'a.session_id')
      .innerJoin('training_topics as t', 't.id', 's.topic_id')
      .leftJoin('revisions as r', 'r.id', 's.revision_id')
      .select(['s.id as sessionId', 't.title as topicTitle', 's.held_on as heldOn', 's.hours', 's.trainer', 'a.result', 'r.label as revisionLabel'])
      .where('a.person_id', '=', personId)
      .orderBy('s.held_on', 'desc')
      .execute();
    const gaps = (await personGaps(db, personId, today())).map((g) => ({ personId: g.personId, topicId: g.topicId, title: g.title, status: g.status, heldOn: g.heldOn, expiresOn: g.expiresOn }));
    return { personId, name: person.name, records, gaps, headOf };
  },
  async 'training.matrix'(input, ctx) {
    const me = callerOf(ctx);
    const db = ctx.backend.store.db;
    const unitId = input.unitId ?? ROOT_UNIT_ID;
    await assertMaySeeUnit(db, me, unitId);
    const rows = (await matrixPeoplePageQuery(unitId, today(), input.pageSize, (input.page - 1) * input.pageSize).execute(db)).rows;
    const { n } = (await unitPeopleCount(unitId).execute(db)).rows[0]!;
    const people = [...new Map(rows.map((r) => [r.personId, { personId: r.personId, name: r.name, unitId: r.unitId, hasLogin: Boolean(r.hasLogin) }])).values()];
    const topics = [...new Map(rows.filter((r) => r.topicId).map((r) => [r.topicId, { id: r.topicId, title: r.title }])).values()].sort((a, b) => a.title.localeCompare(b.title, 'zh-CN'));
    const cells = rows.filter((r) => r.topicId).map((r) => ({ personId: r.personId, topicId: r.topicId, status: r.status, heldOn: r.heldOn, expiresOn: r.expiresOn }));
    return { people, topics, cells, total: n };
  },
  async 'training.unitCounts'(input, ctx) {
    const me = callerOf(ctx);
    const db = ctx.backend.store.db;
    const unitId = input.unitId ?? ROOT_UNIT_ID;
    await assertMaySeeUnit(db, me, unitId);
    return (await unitCountsQuery(unitId, today()).execute(db)).rows;
  },
  async 'training.exportXlsx'(_input, ctx) {
    const { buffer, records, gaps } = await trainingWorkbook(ctx.backend.store.db, ctx.locale);
    return { fileName: `${ctx.locale === 'zh-CN' ? '培训记录与能力差距' : 'training'}-${today()}.xlsx`, base64: buffer.toString('base64'), records, gaps };
  },
};
