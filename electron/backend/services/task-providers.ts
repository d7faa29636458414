import type { Kysely } from 'kysely';
import { uuidv7 } from 'uuidv7';
import type { Role } from '../../../shared/auth/roles';
import { nowIso } from '../clock';
import type { Caller } from '../context';
import type { Database, TasksTable } from '../db/schema';
import { mayOn } from './revision-route';
import { revisionRoute, routeState } from './routes';
import { signaturesFor } from './signatures';

/** A task an entity owes someone now; the stored inbox is kept equal to the union of these. */
export type OwedTask = Omit<TasksTable, 'id' | 'entity_type' | 'entity_id' | 'created_at' | 'closed_at'>;

/**
 * A module's source of tasks: given one of its records, the tasks it owes now. The inbox calls it in the same
 * transaction as every audited change to such a record (and to the organisation, which moves tasks between
 * holders and deputies), opening what is newly owed and closing what no longer is.
 */
export interface TaskProvider {
  entityType: string;
  owed: (db: Kysely<Database>, entityId: string) => Promise<OwedTask[]>;
  /** The records whose tasks may move when the organisation changes (people absent, heads, deputies). */
  live: (db: Kysely<Database>) => Promise<string[]>;
}

const providers = new Map<string, TaskProvider>();
export const registerTaskProvider = (p: TaskProvider) => void providers.set(p.entityType, p);

/** Entities whose change may move any task to someone else. */
const ORG_ENTITIES = new Set(['person', 'position', 'department', 'user', 'settings']);

/** Days from a task's start to its due date, per kind. */
export const DUE_DAYS: Record<string, number> = { sign: 5, revise: 10 };
export const dueFrom = (since: string, kind: string) => new Date(Date.parse(since) + (DUE_DAYS[kind] ?? 7) * 86_400_000).toISOString();

const keyOf = (t: { kind: string; assignee_id: string; detail: string | null }) => `${t.kind}|${t.assignee_id}|${t.detail ?? ''}`;

/** Makes the stored open tasks of one record equal to what its provider says it owes. */
export async function syncEntityTasks(db: Kysely<Database>, entityType: string, entityId: string): Promise<void> {
  const provider = providers.get(entityType);
  if (!provider) return;
  const owed = await provider.owed(db, entityId);
  const open = await db.selectFrom('tasks').selectAll().where('entity_type', '=', entityType).where('entity_id', '=', entityId).where('closed_at', 'is', null).execute();
  const wanted = new Map(owed.map((t) => [keyOf(t), t]));
  const at = nowIso();
  const gone = open.filter((t) => !wanted.has(keyOf(t))).map((t) => t.id);
  if (gone.length) await db.updateTable('tasks').set({ closed_at: at }).where('id', 'in', gone).execute();
  const have = new Set(open.map(keyOf));
  for (const [key, t] of wanted)
    if (!have.has(key)) await db.insertInto('tasks').values({ ...t, id: uuidv7(), entity_type: entityType, entity_id: entityId, created_at: at, closed_at: null }).execute();
}

/** Called before a transaction commits with the records its audit entries named. */
export async function syncTouched(db: Kysely<Database>, touched: Iterable<readonly [string, string]>): Promise<void> {
  const list = [...touched];
  if (list.some(([entity]) => ORG_ENTITIES.has(entity))) {
    for (const p of providers.values()) for (const id of await p.live(db)) await syncEntityTasks(db, p.entityType, id);
    return;
  }
  for (const [entity, id] of list) await syncEntityTasks(db, entity, id);
}

async function activeCallers(db: Kysely<Database>): Promise<Caller[]> {
  const users = await db.selectFrom('users').select(['id', 'username', 'display_name', 'role']).where('active', '=', 1).execute();
  return users.map((u) => ({ id: u.id, username: u.username, displayName: u.display_name, role: u.role as Role, sessionId: '' }));
}

/** 待我审批 and 待我修改: who may sign the revision's current step now, and the author of a returned draft. */
export const revisionTasks: TaskProvider = {
  entityType: 'revision',
  async live(db) {
    const rows = await db.selectFrom('revisions').select('id').where('status', '=', 'in_review').execute();
    return rows.map((r) => r.id);
  },
  async owed(db, id) {
    const r = await db
      .selectFrom('revisions as r')
      .innerJoin('documents as d', 'd.id', 'r.document_id')
      .leftJoin('users as a', 'a.id', 'r.author_id')
      .selectAll('r')
      .select(['d.number as number', 'd.title as title', 'd.department_id as unit_id', 'a.display_name as author_name'])
      .where('r.id', '=', id)
      .executeTakeFirst();
    if (!r) return [];
    const base = { parent_id: r.document_id, ref: r.number, title: r.title, label: r.label, unit_id: r.unit_id, link: `/documents/${encodeURIComponent(r.document_id)}/revisions/${encodeURIComponent(r.id)}` };
    if (r.status === 'draft' && r.rejection !== null && r.author_id) {
      const by = await db.selectFrom('audit_log').select(['actor_name', 'at']).where('entity', '=', 'revision').where('entity_id', '=', id).where('action', '=', 'reject').orderBy('seq', 'desc').executeTakeFirst();
      const since = by?.at ?? r.updated_at;
      return [{ ...base, kind: 'revise', assignee_id: r.author_id, from_name: by?.actor_name ?? null, detail: r.rejection, since, due_at: dueFrom(since, 'revise') }];
    }
    if (r.status !== 'in_review') return [];
    const steps = revisionRoute(r.route);
    const live = ((await signaturesFor(db, 'revision', [r.id])).get(r.id) ?? []).filter((s) => s.voidedAt === null && s.round === r.round);
    const state = routeState(steps, live);
    if (state.current === null) return [];
    const since = live.at(-1)?.signedAt ?? r.updated_at;
    const meaning = steps[state.current - 1]!.meaning;
    const owed: OwedTask[] = [];
    for (const caller of await activeCallers(db))
      if ((await mayOn(db, caller, r, steps, state, live)).sign)
        owed.push({ ...base, kind: 'sign', assignee_id: caller.id, from_name: r.author_name, detail: meaning, since, due_at: dueFrom(since, 'sign') });
    return owed;
  },
};

registerTaskProvider(revisionTasks);
