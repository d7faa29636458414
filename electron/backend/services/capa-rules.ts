import type { Kysely } from 'kysely';
import { declareAssignment, holds } from '../auth/rights';
import type { Guards } from '../lifecycle/steps';
import type { Caller } from '../context';
import type { Database } from '../db/schema';
import { assigneeOfPerson, registerActionParent } from './actions';
import { registerTaskProvider, type OwedTask } from './task-providers';

/** Rights from assignment (the owner works their record, the verifier verifies), the lifecycle's guards, the inbox. */
async function personIsCaller(db: Kysely<Database>, personId: string | null, caller: Caller): Promise<boolean> {
  if (!personId) return false;
  const p = await db.selectFrom('people').select('user_id').where('id', '=', personId).executeTakeFirst();
  return !!p && p.user_id === caller.id;
}

export async function isCapaOwner(db: Kysely<Database>, caller: Caller, id: string): Promise<boolean> {
  const c = await db.selectFrom('capas').select('owner_person_id').where('id', '=', id).executeTakeFirst();
  return !!c && (await personIsCaller(db, c.owner_person_id, caller));
}
declareAssignment('capa', 'owner', isCapaOwner);
declareAssignment('capa', 'verifier', async (db, caller, id) => {
  const c = await db.selectFrom('capas').select(['verifier_person_id', 'owner_person_id']).where('id', '=', id).executeTakeFirst();
  return !!c && c.verifier_person_id !== c.owner_person_id && (await personIsCaller(db, c.verifier_person_id, caller));
});

export const mayWorkCapa = (db: Kysely<Database>, caller: Caller, id: string) => holds(db, caller, { roles: ['quality_manager'], assignments: ['owner'], entity: 'capa', id });

const liveActions = (db: Kysely<Database>, id: string) =>
  db.selectFrom('actions').select(['status', 'done_on', 'created_at']).where('parent_type', '=', 'capa').where('parent_id', '=', id).where('status', '!=', 'cancelled').execute();

async function latestVerdict(db: Kysely<Database>, id: string): Promise<string | null> {
  const c = await db.selectFrom('capas').select('round').where('id', '=', id).executeTakeFirst();
  const v = await db.selectFrom('capa_verifications').select('verdict').where('capa_id', '=', id).where('round', '=', c?.round ?? 0).orderBy('created_at', 'desc').executeTakeFirst();
  return v?.verdict ?? null;
}

export const capaGuards: Guards = {
  async rootCauseFound(db, id) {
    const c = await db.selectFrom('capas').select('round').where('id', '=', id).executeTakeFirstOrThrow();
    const whys = await db.selectFrom('capa_whys').select('level').where('capa_id', '=', id).where('round', '=', c.round).executeTakeFirst();
    const cause = await db.selectFrom('capa_causes').select('id').where('capa_id', '=', id).where('round', '=', c.round).where('status', '=', 'confirmed').executeTakeFirst();
    return whys || cause ? null : { key: 'capa.noRootCause' };
  },
  async allActionsDone(db, id) {
    const acts = await liveActions(db, id);
    if (acts.length === 0) return { key: 'capa.noActions' };
    const open = acts.filter((a) => a.status !== 'done').length;
    if (open) return { key: 'capa.actionsNotDone', params: { count: open } };
    // Reopened after a not-effective verification: this round needs an action of its own.
    const reopened = await db.selectFrom('capa_verifications').select('created_at').where('capa_id', '=', id).where('verdict', '=', 'not_effective').orderBy('created_at', 'desc').executeTakeFirst();
    if (reopened && !acts.some((a) => a.created_at > reopened.created_at)) return { key: 'capa.noNewActions' };
    return null;
  },
  async closable(db, id) {
    const open = (await liveActions(db, id)).filter((a) => a.status !== 'done').length;
    if (open) return { key: 'capa.openActions', params: { count: open } };
    return (await latestVerdict(db, id)) === 'effective' ? null : { key: 'capa.notVerified' };
  },
};

/** The default verification date: 90 days after the last action was done. */
export async function defaultVerifyAfter(db: Kysely<Database>, id: string): Promise<string | null> {
  const last = (await liveActions(db, id)).map((a) => a.done_on).filter((d): d is string => !!d).sort().at(-1);
  return last ? new Date(Date.parse(`${last}T00:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10) : null;
}

const describeCapa = async (db: Kysely<Database>, id: string) => {
  const c = await db.selectFrom('capas').select(['number', 'title', 'unit_id']).where('id', '=', id).executeTakeFirstOrThrow();
  return { ref: c.number, title: c.title, link: `/capa/${id}`, unitId: c.unit_id };
};

registerActionParent('capa', {
  exists: async (db, id) => !!(await db.selectFrom('capas').select('id').where('id', '=', id).executeTakeFirst()),
  mayManage: mayWorkCapa,
  locked: async (db, id) => {
    const c = await db.selectFrom('capas').select('status').where('id', '=', id).executeTakeFirst();
    return !c || c.status === 'closed' || c.status === 'cancelled';
  },
  describe: describeCapa,
  earliestDue: async (db, id) => (await db.selectFrom('capas').select('raised_on').where('id', '=', id).executeTakeFirst())?.raised_on ?? null,
});

const atEndOfDay = (d: string) => `${d}T23:59:59.999Z`;

registerTaskProvider({
  entityType: 'capa',
  async live(db) {
    return (await db.selectFrom('capas').select('id').where('status', 'in', ['open', 'analysing', 'acting', 'verifying', 'verified']).execute()).map((r) => r.id);
  },
  async owed(db, id) {
    const c = await db.selectFrom('capas').selectAll().where('id', '=', id).executeTakeFirst();
    if (!c) return [];
    const base = { unit_id: c.unit_id, from_name: null, parent_id: null, ref: c.number, title: c.title, label: null, link: `/capa/${id}` };
    const out: OwedTask[] = [];
    if (['open', 'analysing', 'acting'].includes(c.status)) {
      const who = await assigneeOfPerson(db, c.owner_person_id, c.unit_id);
      if (who) out.push({ ...base, kind: 'capa', assignee_id: who, detail: c.status, since: c.updated_at, due_at: atEndOfDay(c.due_date) });
    }
    if (c.status === 'verifying' || c.status === 'verified') {
      const verifier = c.verifier_person_id ? await db.selectFrom('people').select('user_id').where('id', '=', c.verifier_person_id).executeTakeFirst() : null;
      const owner = await db.selectFrom('people').select('user_id').where('id', '=', c.owner_person_id).executeTakeFirst();
      const users = verifier?.user_id
        ? [verifier.user_id]
        : (await db.selectFrom('users').select('id').where('role', '=', 'auditor').where('active', '=', 1).execute()).map((u) => u.id);
      const due = c.verify_after ? atEndOfDay(new Date(Date.parse(`${c.verify_after}T00:00:00Z`) + 14 * 86_400_000).toISOString().slice(0, 10)) : null;
      for (const u of users.filter((u) => u !== owner?.user_id))
        out.push({ ...base, kind: 'capaVerify', assignee_id: u, detail: c.status, since: c.updated_at, due_at: due });
    }
    return out;
  },
});
