import type { Kysely } from 'kysely';
import { MANAGERS } from '../../../shared/auth/roles';
import type { ReadRow, ReadingStatus } from '../../../shared/reading/contract';
import { callerOf, inTransaction, nowIso, type Caller, type DomainMethods, type Handlers } from '../context';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';
import { assertUnitOpen } from './departments';
import { readingWorkbook } from './reading-export';
import { headsAbove, mayEditScope, personOfUser, readScope } from './reading-scope';
import { readingDueDays } from './reading-tasks';
import { today } from './revision-lifecycle';

const SEE_ALL = new Set(['quality_manager', 'auditor', 'executive']);

async function revisionOf(db: Kysely<Database>, id: string) {
  const r = await db
    .selectFrom('revisions as r')
    .innerJoin('documents as d', 'd.id', 'r.document_id')
    .leftJoin('revision_training as rt', 'rt.revision_id', 'r.id')
    .select(['r.id', 'r.document_id', 'r.label', 'r.status', 'r.effective_date', 'r.content_hash', 'd.number', 'd.title', 'rt.revision_id as flagged'])
    .where('r.id', '=', id)
    .executeTakeFirst();
  if (!r) throw notFound('revision', id);
  return r;
}

async function rowsOf(db: Kysely<Database>, revisionId: string, personId?: string) {
  let q = db
    .selectFrom('read_confirmations as c')
    .innerJoin('people as p', 'p.id', 'c.person_id')
    .leftJoin('departments as d', 'd.id', 'c.unit_id')
    .selectAll('c')
    .select(['p.name', 'p.employee_no', 'p.user_id', 'd.name as unit_name'])
    .where('c.revision_id', '=', revisionId);
  if (personId) q = q.where('c.person_id', '=', personId);
  return q.orderBy('d.name_sort').orderBy('p.name').execute();
}
type Row = Awaited<ReturnType<typeof rowsOf>>[number];

const toRow = (r: Row, at: string, mayRecord: boolean): ReadRow => ({
  personId: r.person_id,
  name: r.name,
  employeeNo: r.employee_no,
  unitId: r.unit_id,
  unitName: r.unit_name,
  hasLogin: r.user_id !== null,
  state: r.confirmed_at ? 'confirmed' : r.due_at < at ? 'overdue' : 'pending',
  dueAt: r.due_at,
  confirmedAt: r.confirmed_at,
  recordedBy: r.recorded_by_name,
  onPaper: r.on_paper === 1,
  paperDate: r.paper_date,
  attachmentId: r.attachment_id,
  contentHash: r.content_hash,
  mayRecord: mayRecord && !r.confirmed_at,
});

/** Quality managers record anyone's paper sign-off; a unit head those of their unit and the units below it. */
async function mayRecordFor(db: Kysely<Database>, caller: Caller, me: { id: string } | null, unitId: string | null) {
  if (MANAGERS.includes(caller.role)) return true;
  return me !== null && (await headsAbove(db, me.id, unitId));
}

export const countsOf = (rows: { confirmed_at: string | null; due_at: string }[], at: string) => {
  const confirmed = rows.filter((r) => r.confirmed_at).length;
  const overdue = rows.filter((r) => !r.confirmed_at && r.due_at < at).length;
  return { total: rows.length, confirmed, overdue, pending: rows.length - confirmed - overdue };
};

export async function readingStatus(db: Kysely<Database>, caller: Caller, revisionId: string): Promise<ReadingStatus> {
  const r = await revisionOf(db, revisionId);
  const at = nowIso();
  const all = await rowsOf(db, revisionId);
  const me = await personOfUser(db, caller.id);
  const rows: ReadRow[] = [];
  for (const row of all) {
    const may = await mayRecordFor(db, caller, me, row.unit_id);
    if (SEE_ALL.has(caller.role) || may || row.person_id === me?.id) rows.push(toRow(row, at, may));
  }
  const mine = me ? all.find((x) => x.person_id === me.id) : undefined;
  return {
    revision: { id: r.id, documentId: r.document_id, number: r.number, title: r.title, label: r.label, status: r.status, effectiveDate: r.effective_date, contentHash: r.content_hash, needsTraining: r.flagged !== null },
    counts: countsOf(all, at),
    rows,
    mine: mine ? toRow(mine, at, false) : null,
  };
}

export const readingHandlers: Handlers<DomainMethods<'reading'>> = {
  async 'reading.scopeGet'(input, ctx) {
    const db = ctx.backend.store.db;
    if (!(await db.selectFrom('documents').select('id').where('id', '=', input.documentId).executeTakeFirst())) throw notFound('document', input.documentId);
    return readScope(db, callerOf(ctx), input.documentId);
  },
  async 'reading.scopeSet'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      if (!(await trx.selectFrom('documents').select('id').where('id', '=', input.documentId).executeTakeFirst())) throw notFound('document', input.documentId);
      if (!(await mayEditScope(trx, me, input.documentId))) throw new AppError('FORBIDDEN', 'documents.notOwner');
      const before = await readScope(trx, me, input.documentId);
      const unitIds = [...new Set(input.unitIds)];
      const positionIds = [...new Set(input.positionIds)];
      const kept = new Set(before.units.map((u) => u.id));
      for (const id of unitIds) if (!kept.has(id)) await assertUnitOpen(trx, id);
      if (positionIds.length) {
        const found = await trx.selectFrom('positions').select('id').where('id', 'in', positionIds).execute();
        if (found.length !== positionIds.length) throw new AppError('NOT_FOUND', 'reading.positionUnknown');
      }
      await trx.deleteFrom('document_scope').where('document_id', '=', input.documentId).execute();
      const at = nowIso();
      const values = [
        ...unitIds.map((id) => ({ document_id: input.documentId, target_kind: 'unit' as const, target_id: id, created_at: at })),
        ...positionIds.map((id) => ({ document_id: input.documentId, target_kind: 'position' as const, target_id: id, created_at: at })),
      ];
      if (values.length) await trx.insertInto('document_scope').values(values).execute();
      const after = await readScope(trx, me, input.documentId);
      await audit({
        entity: 'document',
        entityId: input.documentId,
        action: 'scope',
        before: { units: before.units.map((u) => u.name), positions: before.positions.map((p) => p.title) },
        after: { units: after.units.map((u) => u.name), positions: after.positions.map((p) => p.title) },
      });
      return after;
    });
  },
  async 'reading.setNeedsTraining'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const r = await revisionOf(trx, input.revisionId);
      if (!['draft', 'in_review', 'approved'].includes(r.status)) throw new AppError('CONFLICT', 'reading.trainingTooLate');
      if (input.needsTraining === (r.flagged !== null)) return { revisionId: r.id, needsTraining: input.needsTraining };
      if (input.needsTraining) await trx.insertInto('revision_training').values({ revision_id: r.id, set_by: me.id, created_at: nowIso() }).execute();
      else await trx.deleteFrom('revision_training').where('revision_id', '=', r.id).execute();
      await audit({ entity: 'revision', entityId: r.id, action: 'needsTraining', before: { needsTraining: !input.needsTraining }, after: { needsTraining: input.needsTraining } });
      return { revisionId: r.id, needsTraining: input.needsTraining };
    });
  },
  async 'reading.confirm'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const r = await revisionOf(trx, input.revisionId);
      if (r.status !== 'effective') throw new AppError('CONFLICT', 'reading.notEffective');
      const person = await personOfUser(trx, me.id);
      const [row] = person ? await rowsOf(trx, r.id, person.id) : [];
      if (!person || !row) throw new AppError('FORBIDDEN', 'reading.notConcerned');
      if (row.confirmed_at) throw new AppError('CONFLICT', 'reading.alreadyConfirmed', { name: row.name });
      const at = nowIso();
      await trx.updateTable('read_confirmations').set({ confirmed_at: at, recorded_by: me.id, recorded_by_name: me.displayName, content_hash: r.content_hash }).where('id', '=', row.id).execute();
      await audit({ entity: 'reading', entityId: r.id, action: 'confirm', after: { person: row.name, label: r.label, contentHash: r.content_hash } });
      const [after] = await rowsOf(trx, r.id, person.id);
      return toRow(after!, at, false);
    });
  },
  async 'reading.recordPaper'(input, ctx) {
    const me = callerOf(ctx);
    return inTransaction(ctx, async (trx, audit) => {
      const r = await revisionOf(trx, input.revisionId);
      if (r.status !== 'effective') throw new AppError('CONFLICT', 'reading.notEffective');
      if (input.paperDate > today()) throw new AppError('VALIDATION', 'reading.futurePaperDate');
      if (input.attachmentId && !(await trx.selectFrom('attachments').select('id').where('id', '=', input.attachmentId).executeTakeFirst())) throw notFound('attachment', input.attachmentId);
      const mePerson = await personOfUser(trx, me.id);
      const names: string[] = [];
      const at = nowIso();
      for (const personId of new Set(input.personIds)) {
        const [row] = await rowsOf(trx, r.id, personId);
        if (!row) {
          const p = await trx.selectFrom('people').select('name').where('id', '=', personId).executeTakeFirst();
          if (!p) throw notFound('person', personId);
          throw new AppError('CONFLICT', 'reading.personNotConcerned', { name: p.name });
        }
        if (!(await mayRecordFor(trx, me, mePerson, row.unit_id))) throw new AppError('FORBIDDEN', 'reading.notHeadOf', { name: row.name });
        if (row.confirmed_at) throw new AppError('CONFLICT', 'reading.alreadyConfirmed', { name: row.name });
        await trx
          .updateTable('read_confirmations')
          .set({ confirmed_at: at, recorded_by: me.id, recorded_by_name: me.displayName, on_paper: 1, paper_date: input.paperDate, attachment_id: input.attachmentId, content_hash: r.content_hash })
          .where('id', '=', row.id)
          .execute();
        names.push(row.name);
      }
      await audit({ entity: 'reading', entityId: r.id, action: 'recordPaper', after: { people: names, paperDate: input.paperDate, attachmentId: input.attachmentId, contentHash: r.content_hash } });
      return { recorded: names.length };
    });
  },
  async 'reading.status'(input, ctx) {
    return readingStatus(ctx.backend.store.db, callerOf(ctx), input.revisionId);
  },
  async 'reading.exportXlsx'(input, ctx) {
    const status = await readingStatus(ctx.backend.store.db, callerOf(ctx), input.revisionId);
    const buffer = await readingWorkbook(status, ctx.locale);
    return { fileName: `${status.revision.number}-${status.revision.label}-阅知确认.xlsx`, base64: buffer.toString('base64'), rows: status.rows.length };
  },
  async 'reading.overview'(_input, ctx) {
    const db = ctx.backend.store.db;
    const at = nowIso();
    const rows = await db
      .selectFrom('read_confirmations as c')
      .innerJoin('revisions as r', 'r.id', 'c.revision_id')
      .innerJoin('documents as d', 'd.id', 'r.document_id')
      .where('r.status', '=', 'effective')
      .select((eb) => [
        'c.revision_id as revisionId',
        'r.document_id as documentId',
        'd.number as number',
        'd.title as title',
        'r.label as label',
        eb.fn.countAll<number>().as('total'),
        eb.fn.count<number>('c.confirmed_at').as('confirmed'),
        eb.fn.sum<number>(eb.case().when(eb.and([eb('c.confirmed_at', 'is', null), eb('c.due_at', '<', at)])).then(1).else(0).end()).as('overdue'),
      ])
      .groupBy(['c.revision_id', 'r.document_id', 'd.number', 'd.title', 'r.label'])
      .execute();
    const revisions = rows
      .map((x) => ({ ...x, overdue: Number(x.overdue ?? 0), pending: x.total - x.confirmed - Number(x.overdue ?? 0) }))
      .sort((a, b) => b.overdue - a.overdue || b.pending - a.pending || a.number.localeCompare(b.number));
    const totals = revisions.reduce((t, x) => ({ total: t.total + x.total, confirmed: t.confirmed + x.confirmed, pending: t.pending + x.pending, overdue: t.overdue + x.overdue }), { total: 0, confirmed: 0, pending: 0, overdue: 0 });
    return { totals, revisions };
  },
  async 'reading.settingsGet'(_input, ctx) {
    return { dueDays: await readingDueDays(ctx.backend.store.db) };
  },
  async 'reading.settingsSet'(input, ctx) {
    return inTransaction(ctx, async (trx, audit) => {
      const before = await readingDueDays(trx);
      if (before !== input.dueDays) {
        const value = JSON.stringify(input.dueDays);
        await trx
          .insertInto('settings')
          .values({ key: 'readingDueDays', value, updated_at: nowIso() })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: nowIso() }))
          .execute();
        await audit({ entity: 'settings', entityId: 'readingDueDays', action: 'update', before: { readingDueDays: before }, after: { readingDueDays: input.dueDays } });
      }
      return { dueDays: input.dueDays };
    });
  },
};

