import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Input } from '../../../shared/api/contract';
import { FISHBONE_CATEGORIES, MAX_WHYS, type Capa } from '../../../shared/capa/contract';
import { capaLifecycle, type CapaState } from '../../../shared/capa/lifecycle';
import { checkStep } from '../lifecycle/steps';
import { holds } from '../auth/rights';
import { callerOf, inTransaction, nowIso, type Audit, type Caller, type DomainMethods, type Handlers, type ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { AppError, stale } from '../errors';
import { assertActivePerson, assertAttachments } from './actions';
import { assertSource, capaForSource, capaSourceDef } from './capa-sources';
import { requireTraining } from './training-require';
import { capaRow, listCapas, readCapa, today, WORKING } from './capa-read';
import { capaGuards, defaultVerifyAfter, isCapaOwner, mayWorkCapa } from './capa-rules';
import { addSignature, assertSignerPassword } from './signatures';
import { capaExportXlsx } from './capa-xlsx';
import { capaReportDocx } from './capa-word';

/** Corrective actions (纠正措施): the record, its analysis, verification and close; actions are the shared piece. */

async function assertUnit(db: Kysely<Database>, id: string) {
  const u = await db.selectFrom('departments').select('closed_at').where('id', '=', id).executeTakeFirst();
  if (!u || u.closed_at) throw new AppError('VALIDATION', 'capa.unknownUnit');
}

async function takeCapaNumber(trx: Kysely<Database>, raisedOn: string): Promise<string> {
  const year = raisedOn.slice(0, 4);
  const key = `capa:${year}`;
  const row = await trx.selectFrom('number_sequences').select('value').where('key', '=', key).executeTakeFirst();
  let seq = row?.value ?? 0;
  let number: string;
  do number = `CA-${year}-${String(++seq).padStart(3, '0')}`;
  while (await trx.selectFrom('capas').select('id').where('number', '=', number).executeTakeFirst());
  await trx.insertInto('number_sequences').values({ key, value: seq }).onConflict((oc) => oc.column('key').doUpdateSet({ value: seq })).execute();
  return number;
}

type CreateInput = Omit<Input<'capa.create'>, 'evidenceIds'> & { evidenceIds?: string[] };

export async function createCapa(ctx: ServiceContext, input: CreateInput): Promise<Capa> {
  const caller = callerOf(ctx);
  const db = ctx.backend.store.db;
  const raisedOn = today();
  if (input.dueDate < raisedOn) throw new AppError('VALIDATION', 'capa.dueBeforeRaised', { due: input.dueDate, raised: raisedOn });
  await assertSource(db, input.sourceType, input.sourceId);
  await assertUnit(db, input.unitId);
  await assertActivePerson(db, input.ownerPersonId);
  if (input.verifierPersonId) await assertActivePerson(db, input.verifierPersonId);
  const evidence = input.evidenceIds ?? [];
  await assertAttachments(db, evidence);
  const id = uuidv7();
  const p = input.problem;
  await inTransaction(ctx, async (trx, audit) => {
    const at = nowIso();
    const number = await takeCapaNumber(trx, raisedOn);
    const row = {
      id, number, title: input.title, source_type: input.sourceType, source_id: input.sourceId ?? null, source_ref: input.sourceRef || null,
      unit_id: input.unitId, owner_person_id: input.ownerPersonId, verifier_person_id: input.verifierPersonId ?? null, severity: input.severity,
      problem_what: p.what, problem_where: p.where ?? '', problem_when: p.when ?? '', problem_extent: p.extent ?? '',
      raised_on: raisedOn, due_date: input.dueDate, status: capaLifecycle.start, round: 1, containment: null, containment_by: null, containment_at: null,
      verify_after: null, closed_at: null, version: 1, created_at: at, updated_at: at,
    };
    await trx.insertInto('capas').values(row).execute();
    for (const e of new Set(evidence)) await trx.insertInto('capa_evidence').values({ capa_id: id, attachment_id: e, part: 'problem', created_at: at }).execute();
    await audit({ entity: 'capa', entityId: id, action: 'create', after: { ...row, evidenceIds: evidence } });
    if (input.sourceId) await capaSourceDef(input.sourceType)?.linked?.(trx, audit, input.sourceId, id);
  });
  return readCapa(db, caller, id);
}

/**
 * "Raise corrective action" from a source record, prefilled by its module (e.g. an audit finding of grade major or
 * minor). The owner defaults to the head of the prefilled unit, else the caller; the due date to 30 days on.
 */
export async function raiseFromSource(ctx: ServiceContext, type: Capa['sourceType'], id: string, extra: { ownerPersonId?: string; dueDate?: string } = {}): Promise<Capa> {
  const caller = callerOf(ctx);
  const db = ctx.backend.store.db;
  const def = capaSourceDef(type);
  if (!def?.prefill) throw new AppError('VALIDATION', 'capa.sourceNotLinkable', { type });
  await assertSource(db, type, id);
  if (caller.role !== 'quality_manager' && !(await def.mayRaise?.(db, caller, id))) throw new AppError('FORBIDDEN', 'capa.notRaiser');
  const existing = (await capaForSource(db, type, id)).find((c) => c.status !== 'cancelled');
  if (existing) throw new AppError('CONFLICT', 'capa.alreadyRaised', { number: existing.number });
  const pre = await def.prefill(db, id);
  const described = await def.describe(db, id);
  const head = await db.selectFrom('departments').select('head_person_id').where('id', '=', pre.unitId).executeTakeFirst();
  const me = await db.selectFrom('people').select('id').where('user_id', '=', caller.id).executeTakeFirst();
  const ownerPersonId = extra.ownerPersonId ?? head?.head_person_id ?? me?.id;
  if (!ownerPersonId) throw new AppError('VALIDATION', 'capa.unknownPerson');
  const dueDate = extra.dueDate ?? new Date(Date.parse(`${today()}T00:00:00Z`) + 30 * 86_400_000).toISOString().slice(0, 10);
  return createCapa(ctx, {
    title: pre.title, unitId: pre.unitId, ownerPersonId, severity: pre.severity, problem: { what: pre.problem, where: '', when: '', extent: '' },
    dueDate, sourceType: type, sourceId: id, sourceRef: described.ref, evidenceIds: pre.evidenceIds,
  });
}
export { capaForSource };

/** Loads the record for a change by the owner or a quality manager, in one of the given states, at the version read. */
async function forWork(ctx: ServiceContext, id: string, version: number, states: readonly CapaState[]) {
  const caller = callerOf(ctx);
  const db = ctx.backend.store.db;
  const row = await capaRow(db, id);
  if (!(await mayWorkCapa(db, caller, id))) throw new AppError('FORBIDDEN', 'capa.notWorker');
  if (!states.includes(row.status as CapaState)) throw new AppError('CONFLICT', 'capa.notEditable', { state: row.status });
  if (row.version !== version) throw stale();
  return { caller, db, row };
}
const bump = (v: number) => ({ version: v + 1, updated_at: nowIso() });
const ALIVE: CapaState[] = ['open', 'analysing', 'acting', 'verifying', 'verified'];

async function write(ctx: ServiceContext, caller: Caller, id: string, work: (trx: Kysely<Database>, audit: Audit) => Promise<void>) {
  await inTransaction(ctx, work);
  return readCapa(ctx.backend.store.db, caller, id);
}

export const capaHandlers: Handlers<DomainMethods<'capa'>> = {
  async 'capa.list'(input, ctx) {
    callerOf(ctx);
    return listCapas(ctx.backend.store.db, input);
  },
  async 'capa.counts'(_input, ctx) {
    callerOf(ctx);
    const db = ctx.backend.store.db;
    const t = today();
    const c = await db.selectFrom('capas').select((eb) => [eb.fn.countAll<number>().as('open'), eb.fn.sum<number>(eb('due_date', '<', t)).as('overdue'), eb.fn.sum<number>(eb('round', '>', 1)).as('ineffective')]).where('status', 'in', ALIVE).executeTakeFirstOrThrow();
    const a = await db.selectFrom('actions').select((eb) => eb.fn.countAll<number>().as('n')).where('status', '=', 'open').where('due_date', '<', t).where('parent_type', '=', 'capa').executeTakeFirstOrThrow();
    const o = await db.selectFrom('capas').select((eb) => eb.fn.countAll<number>().as('n')).where('status', 'in', WORKING).where('due_date', '<', t).executeTakeFirstOrThrow();
    return { open: Number(c.open), overdue: Number(o.n), overdueActions: Number(a.n), ineffective: Number(c.ineffective ?? 0) };
  },
  async 'capa.get'(input, ctx) {
    return readCapa(ctx.backend.store.db, callerOf(ctx), input.id);
  },
  'capa.create': (input, ctx) => createCapa(ctx, input),
  async 'capa.update'(input, ctx) {
    const { caller, db, row } = await forWork(ctx, input.id, input.version, ALIVE);
    if (input.dueDate < row.raised_on) throw new AppError('VALIDATION', 'capa.dueBeforeRaised', { due: input.dueDate, raised: row.raised_on });
    await assertUnit(db, input.unitId);
    await assertActivePerson(db, input.ownerPersonId);
    if (input.verifierPersonId) await assertActivePerson(db, input.verifierPersonId);
    const p = input.problem;
    const next = {
      title: input.title, unit_id: input.unitId, owner_person_id: input.ownerPersonId, verifier_person_id: input.verifierPersonId === undefined ? row.verifier_person_id : input.verifierPersonId,
      severity: input.severity, problem_what: p.what, problem_where: p.where, problem_when: p.when, problem_extent: p.extent, due_date: input.dueDate,
      source_ref: input.sourceRef === undefined ? row.source_ref : input.sourceRef || null,
    };
    return write(ctx, caller, row.id, async (trx, audit) => {
      await trx.updateTable('capas').set({ ...next, ...bump(row.version) }).where('id', '=', row.id).execute();
      const before = Object.fromEntries(Object.keys(next).map((k) => [k, row[k as keyof typeof row]]));
      await audit({ entity: 'capa', entityId: row.id, action: 'update', before, after: next });
    });
  },
  async 'capa.setContainment'(input, ctx) {
    const { caller, db, row } = await forWork(ctx, input.id, input.version, WORKING);
    await assertAttachments(db, input.evidenceIds);
    return write(ctx, caller, row.id, async (trx, audit) => {
      const at = nowIso();
      await trx.updateTable('capas').set({ containment: input.text, containment_by: caller.displayName, containment_at: at, ...bump(row.version) }).where('id', '=', row.id).execute();
      for (const e of new Set(input.evidenceIds))
        await trx.insertInto('capa_evidence').values({ capa_id: row.id, attachment_id: e, part: 'containment', created_at: at }).onConflict((oc) => oc.doNothing()).execute();
      await audit({ entity: 'capa', entityId: row.id, action: 'containment', before: { text: row.containment }, after: { text: input.text, evidenceIds: input.evidenceIds } });
    });
  },
  async 'capa.setWhys'(input, ctx) {
    if (input.whys.length > MAX_WHYS) throw new AppError('VALIDATION', 'capa.tooManyWhys', { count: input.whys.length });
    const { caller, row } = await forWork(ctx, input.id, input.version, WORKING);
    return write(ctx, caller, row.id, async (trx, audit) => {
      const at = nowIso();
      await trx.deleteFrom('capa_whys').where('capa_id', '=', row.id).where('round', '=', row.round).execute();
      for (const [i, answer] of input.whys.entries())
        await trx.insertInto('capa_whys').values({ capa_id: row.id, round: row.round, level: i + 1, answer, recorded_by: caller.displayName, recorded_at: at }).execute();
      await trx.updateTable('capas').set(bump(row.version)).where('id', '=', row.id).execute();
      await audit({ entity: 'capa', entityId: row.id, action: 'whys', after: { round: row.round, whys: input.whys } });
    });
  },
  async 'capa.setCauses'(input, ctx) {
    const bad = input.causes.find((c) => !(FISHBONE_CATEGORIES as readonly string[]).includes(c.category));
    if (bad) throw new AppError('VALIDATION', 'capa.badCategory', { category: bad.category });
    const { caller, row } = await forWork(ctx, input.id, input.version, WORKING);
    return write(ctx, caller, row.id, async (trx, audit) => {
      const at = nowIso();
      await trx.deleteFrom('capa_causes').where('capa_id', '=', row.id).where('round', '=', row.round).execute();
      for (const [i, c] of input.causes.entries())
        await trx.insertInto('capa_causes').values({ id: uuidv7(), capa_id: row.id, round: row.round, category: c.category, cause: c.cause, status: c.status, sort_order: i, recorded_by: caller.displayName, recorded_at: at }).execute();
      await trx.updateTable('capas').set(bump(row.version)).where('id', '=', row.id).execute();
      await audit({ entity: 'capa', entityId: row.id, action: 'causes', after: { round: row.round, causes: input.causes } });
    });
  },
  async 'capa.step'(input, ctx) {
    const caller = callerOf(ctx);
    const db = ctx.backend.store.db;
    const row = await capaRow(db, input.id);
    const to = await checkStep(db, caller, capaLifecycle, capaGuards, { id: row.id, state: row.status as CapaState }, input.step, input.comment);
    if (row.version !== input.version) throw stale();
    const signature = capaLifecycle.steps[input.step].signature;
    if (signature) await assertSignerPassword(ctx, caller, input.password ?? '');
    const verifyAfter = input.step === 'submit' ? await defaultVerifyAfter(db, row.id) : row.verify_after;
    return write(ctx, caller, row.id, async (trx, audit) => {
      const at = nowIso();
      await trx.updateTable('capas').set({ status: to, verify_after: verifyAfter, closed_at: to === 'closed' ? at : row.closed_at, ...bump(row.version) }).where('id', '=', row.id).execute();
      await audit({ entity: 'capa', entityId: row.id, action: input.step, before: { status: row.status }, after: { status: to, comment: input.comment || null, verifyAfter } });
      if (signature) {
        const hash = createHash('sha256').update(JSON.stringify(await readCapa(trx, caller, row.id).then((c) => ({ ...c, steps: [], mayWork: false, signatures: [] })))).digest('hex');
        await addSignature(trx, audit, caller, { entityType: 'capa', entityId: row.id, round: row.round, step: null, meaning: 'approved', contentHash: hash, comment: input.comment || null });
      }
    });
  },
  async 'capa.verify'(input, ctx) {
    const caller = callerOf(ctx);
    const db = ctx.backend.store.db;
    const row = await capaRow(db, input.id);
    if (await isCapaOwner(db, caller, row.id)) throw new AppError('FORBIDDEN', 'capa.verifierIsOwner');
    const step = input.verdict === 'effective' ? 'verify' : 'reopen';
    const to = await checkStep(db, caller, capaLifecycle, capaGuards, { id: row.id, state: row.status as CapaState }, step, input.result);
    if (row.version !== input.version) throw stale();
    if (row.verify_after && input.verifiedOn < row.verify_after) throw new AppError('VALIDATION', 'capa.verifyTooEarly', { date: row.verify_after });
    if (input.verifiedOn > today()) throw new AppError('VALIDATION', 'actions.doneInFuture');
    await assertAttachments(db, input.evidenceIds);
    return write(ctx, caller, row.id, async (trx, audit) => {
      const at = nowIso();
      const vid = uuidv7();
      await trx
        .insertInto('capa_verifications')
        .values({ id: vid, capa_id: row.id, round: row.round, verifier_user_id: caller.id, verifier_name: caller.displayName, verified_on: input.verifiedOn, criteria: input.criteria, result: input.result, verdict: input.verdict, created_at: at })
        .execute();
      for (const e of new Set(input.evidenceIds))
        await trx.insertInto('capa_evidence').values({ capa_id: row.id, attachment_id: e, part: 'verification', created_at: at }).onConflict((oc) => oc.doNothing()).execute();
      const reopen = input.verdict === 'not_effective';
      await trx
        .updateTable('capas')
        .set({ status: to, round: reopen ? row.round + 1 : row.round, verify_after: reopen ? null : row.verify_after, ...bump(row.version) })
        .where('id', '=', row.id)
        .execute();
      await audit({ entity: 'capa', entityId: row.id, action: step, before: { status: row.status }, after: { status: to, verificationId: vid, verdict: input.verdict, verifiedOn: input.verifiedOn, criteria: input.criteria, result: input.result } });
    });
  },
  async 'capa.addFollowUp'(input, ctx) {
    const { caller, db, row } = await forWork(ctx, input.id, input.version, ALIVE);
    // A document to revise, a risk to update or a training topic names a record that exists.
    if (input.targetId) {
      const table = input.kind === 'risk' ? 'risks' : input.kind === 'training' ? 'training_topics' : 'documents';
      const found = await db.selectFrom(table).select('id').where('id', '=', input.targetId).executeTakeFirst();
      if (!found) throw new AppError('VALIDATION', 'capa.unknownTarget');
    }
    return write(ctx, caller, row.id, async (trx, audit) => {
      const at = nowIso();
      const id = uuidv7();
      await trx.insertInto('capa_followups').values({ id, capa_id: row.id, kind: input.kind, target_id: input.targetId ?? null, note: input.note, done_on: null, done_by: null, version: 1, created_at: at, updated_at: at }).execute();
      await trx.updateTable('capas').set(bump(row.version)).where('id', '=', row.id).execute();
      await audit({ entity: 'capa', entityId: row.id, action: 'addFollowUp', after: { id, kind: input.kind, targetId: input.targetId ?? null, note: input.note } });
      // Training on a topic becomes a requirement for everyone holding a position of the record's unit (ISO 7.2).
      if (input.kind === 'training' && input.targetId) {
        const positions = await trx.selectFrom('positions').select('id').where('department_id', '=', row.unit_id).execute();
        await requireTraining(trx, { topicId: input.targetId, positionIds: positions.map((p) => p.id), reason: 'corrective_action', source: row.number }, audit);
      }
    });
  },
  async 'capa.doneFollowUp'(input, ctx) {
    const caller = callerOf(ctx);
    const db = ctx.backend.store.db;
    const row = await capaRow(db, input.id);
    const may = await holds(db, caller, { roles: ['quality_manager', 'auditor'], assignments: ['owner', 'verifier'], entity: 'capa', id: row.id });
    if (!may) throw new AppError('FORBIDDEN', 'capa.notWorker');
    if (!ALIVE.includes(row.status as CapaState)) throw new AppError('CONFLICT', 'capa.notEditable', { state: row.status });
    if (row.version !== input.version) throw stale();
    const f = await db.selectFrom('capa_followups').selectAll().where('id', '=', input.followUpId).where('capa_id', '=', row.id).executeTakeFirst();
    if (!f) throw new AppError('NOT_FOUND', 'capa.unknownFollowUp');
    return write(ctx, caller, row.id, async (trx, audit) => {
      await trx.updateTable('capa_followups').set({ done_on: input.doneOn, done_by: caller.displayName, version: f.version + 1, updated_at: nowIso() }).where('id', '=', f.id).execute();
      await trx.updateTable('capas').set(bump(row.version)).where('id', '=', row.id).execute();
      await audit({ entity: 'capa', entityId: row.id, action: 'doneFollowUp', after: { id: f.id, doneOn: input.doneOn } });
    });
  },
  async 'capa.raiseFromSource'(input, ctx) {
    return raiseFromSource(ctx, input.sourceType, input.sourceId, { ownerPersonId: input.ownerPersonId, dueDate: input.dueDate });
  },
  async 'capa.forSource'(input, ctx) {
    callerOf(ctx);
    return capaForSource(ctx.backend.store.db, input.sourceType, input.sourceId);
  },
  async 'capa.exportWord'(input, ctx) {
    const r = await capaReportDocx(ctx.backend.store.db, callerOf(ctx), input.id, ctx.locale);
    return { fileName: `${r.number} ${ctx.locale === 'en' ? 'corrective action report' : '纠正措施报告单'}.docx`, dataBase64: Buffer.from(r.data).toString('base64') };
  },
  async 'capa.exportXlsx'(input, ctx) {
    callerOf(ctx);
    return capaExportXlsx(ctx, input);
  },
};
