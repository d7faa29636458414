import { sql, type Kysely } from 'kysely';
import type { z } from 'zod';
import type { Capa, CapaListItem, capaListInput } from '../../../shared/capa/contract';
import { capaLifecycle, type CapaState } from '../../../shared/capa/lifecycle';
import { openSteps } from '../lifecycle/steps';
import { containsPattern, nowIso, type Caller } from '../context';
import type { Database } from '../db/schema';
import { notFound } from '../errors';
import { actionRows } from './actions';
import { capaSourceDef } from './capa-sources';
import { signaturesFor } from './signatures';
import { mayWorkCapa } from './capa-rules';

export const WORKING: CapaState[] = ['open', 'analysing', 'acting'];
export const today = () => nowIso().slice(0, 10);

function listQuery(db: Kysely<Database>, f: z.output<typeof capaListInput> | Omit<z.output<typeof capaListInput>, 'page' | 'pageSize'>) {
  let q = db.selectFrom('capas as c');
  if (f.q) {
    const p = containsPattern(f.q);
    q = q.where((eb) => eb.or([sql<boolean>`c.number LIKE ${p} ESCAPE '\\'`, sql<boolean>`c.title LIKE ${p} ESCAPE '\\'`]));
  }
  if (f.sourceType) q = q.where('c.source_type', '=', f.sourceType);
  if (f.unitId) q = q.where('c.unit_id', '=', f.unitId);
  if (f.ownerPersonId) q = q.where('c.owner_person_id', '=', f.ownerPersonId);
  if (f.severity) q = q.where('c.severity', '=', f.severity);
  if (f.statuses?.length) q = q.where('c.status', 'in', f.statuses);
  if (f.overdue) q = q.where('c.status', 'in', WORKING).where('c.due_date', '<', today());
  return q;
}

const LIST_COLUMNS = [
  'c.id', 'c.number', 'c.title', 'c.source_type', 'c.source_ref', 'c.unit_id', 'c.owner_person_id', 'c.severity', 'c.status', 'c.raised_on', 'c.due_date', 'c.round',
] as const;

export async function listCapas(db: Kysely<Database>, f: z.output<typeof capaListInput>, all = false) {
  const base = listQuery(db, f);
  const t = today();
  const [rows, total, counts] = await Promise.all([
    base
      .innerJoin('departments as d', 'd.id', 'c.unit_id')
      .innerJoin('people as p', 'p.id', 'c.owner_person_id')
      .select([...LIST_COLUMNS, 'd.name as unit_name', 'p.name as owner_name'])
      .select((eb) =>
        eb.selectFrom('actions as a').select(eb.fn.countAll<number>().as('n')).whereRef('a.parent_id', '=', 'c.id').where('a.parent_type', '=', 'capa').where('a.status', '=', 'open').as('open_actions'),
      )
      .orderBy('c.raised_on', 'desc')
      .orderBy('c.number', 'desc')
      .$if(!all, (q) => q.limit(f.pageSize).offset((f.page - 1) * f.pageSize))
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    db
      .selectFrom('capas')
      .select([
        sql<number>`COUNT(*)`.as('open'),
        sql<number>`COALESCE(SUM(due_date < ${t}), 0)`.as('overdue'),
      ])
      .where('status', 'in', WORKING)
      .executeTakeFirstOrThrow(),
  ]);
  const items: CapaListItem[] = rows.map((r) => ({
    id: r.id,
    number: r.number,
    title: r.title,
    sourceType: r.source_type as CapaListItem['sourceType'],
    sourceRef: r.source_ref,
    unitId: r.unit_id,
    unitName: r.unit_name,
    ownerPersonId: r.owner_person_id,
    ownerName: r.owner_name,
    severity: r.severity as CapaListItem['severity'],
    status: r.status as CapaState,
    raisedOn: r.raised_on,
    dueDate: r.due_date,
    overdue: WORKING.includes(r.status as CapaState) && r.due_date < t,
    openActions: Number(r.open_actions ?? 0),
    reopened: r.round - 1,
  }));
  return { items, total: Number(total.n), open: Number(counts.open), overdue: Number(counts.overdue) };
}

export async function capaRow(db: Kysely<Database>, id: string) {
  const row = await db
    .selectFrom('capas as c')
    .innerJoin('departments as d', 'd.id', 'c.unit_id')
    .innerJoin('people as p', 'p.id', 'c.owner_person_id')
    .leftJoin('people as v', 'v.id', 'c.verifier_person_id')
    .selectAll('c')
    .select(['d.name as unit_name', 'p.name as owner_name', 'v.name as verifier_name'])
    .where('c.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound('capa', id);
  return row;
}

export async function readCapa(db: Kysely<Database>, caller: Caller, id: string): Promise<Capa> {
  const r = await capaRow(db, id);
  const [whys, causes, verifs, ev, followUps, actions, sigs] = await Promise.all([
    db.selectFrom('capa_whys').selectAll().where('capa_id', '=', id).orderBy('round', 'desc').orderBy('level').execute(),
    db.selectFrom('capa_causes').selectAll().where('capa_id', '=', id).orderBy('round', 'desc').orderBy('sort_order').execute(),
    db.selectFrom('capa_verifications').selectAll().where('capa_id', '=', id).orderBy('created_at').execute(),
    db.selectFrom('capa_evidence').selectAll().where('capa_id', '=', id).orderBy('created_at').execute(),
    db.selectFrom('capa_followups').selectAll().where('capa_id', '=', id).orderBy('created_at').execute(),
    actionRows(db, 'capa', [id]),
    signaturesFor(db, 'capa', [id]),
  ]);
  const rounds = [...new Set([r.round, ...whys.map((w) => w.round), ...causes.map((c) => c.round)])].sort((a, b) => b - a);
  const analyses = rounds.map((round) => {
    const w = whys.filter((x) => x.round === round);
    const c = causes.filter((x) => x.round === round);
    const last = [...w, ...c].sort((a, b) => b.recorded_at.localeCompare(a.recorded_at))[0];
    return {
      round,
      whys: w.map((x, i) => ({ level: x.level, answer: x.answer, rootCause: i === w.length - 1 })),
      causes: c.map((x) => ({ id: x.id, category: x.category as 'people', cause: x.cause, status: x.status as 'open' })),
      by: last?.recorded_by ?? null,
      at: last?.recorded_at ?? null,
    };
  });
  const partOf = (part: string) => ev.filter((e) => e.part === part).map((e) => e.attachment_id);
  const def = r.source_id ? capaSourceDef(r.source_type) : null;
  const t = today();
  return {
    id: r.id,
    version: r.version,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    number: r.number,
    title: r.title,
    sourceType: r.source_type as Capa['sourceType'],
    sourceId: r.source_id,
    sourceRef: r.source_ref,
    sourceLink: def && r.source_id ? (await def.describe(db, r.source_id)).link : null,
    unitId: r.unit_id,
    unitName: r.unit_name,
    ownerPersonId: r.owner_person_id,
    ownerName: r.owner_name,
    verifierPersonId: r.verifier_person_id,
    verifierName: r.verifier_name,
    severity: r.severity as Capa['severity'],
    status: r.status as CapaState,
    raisedOn: r.raised_on,
    dueDate: r.due_date,
    overdue: WORKING.includes(r.status as CapaState) && r.due_date < t,
    openActions: actions.filter((a) => a.status === 'open').length,
    reopened: r.round - 1,
    problem: { what: r.problem_what, where: r.problem_where, when: r.problem_when, extent: r.problem_extent },
    evidence: { problem: partOf('problem'), containment: partOf('containment') },
    containment: { text: r.containment, by: r.containment_by, at: r.containment_at },
    round: r.round,
    analyses,
    actions,
    verifications: verifs.map((v) => ({
      id: v.id,
      round: v.round,
      verifierName: v.verifier_name,
      verifiedOn: v.verified_on,
      criteria: v.criteria,
      result: v.result,
      verdict: v.verdict as 'effective',
      // Verification evidence is linked per record; each verification shows what was added with it.
      evidenceIds: ev.filter((e) => e.part === 'verification' && e.created_at === v.created_at).map((e) => e.attachment_id),
      createdAt: v.created_at,
    })),
    verifyAfter: r.verify_after,
    followUps: followUps.map((f) => ({ id: f.id, version: f.version, createdAt: f.created_at, updatedAt: f.updated_at, kind: f.kind as 'document', targetId: f.target_id, note: f.note, doneOn: f.done_on, doneBy: f.done_by })),
    signatures: sigs.get(id) ?? [],
    closedAt: r.closed_at,
    steps: await openSteps(db, caller, capaLifecycle, { id, state: r.status as CapaState }),
    mayWork: await mayWorkCapa(db, caller, id),
  };
}
