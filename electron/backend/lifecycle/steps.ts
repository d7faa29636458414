import type { Kysely } from 'kysely';
import type { Lifecycle } from '../../../shared/lifecycle/define';
import { stepsFrom } from '../../../shared/lifecycle/define';
import type { MessageKey } from '../../../shared/api/messages';
import { holds } from '../auth/rights';
import type { Caller } from '../context';
import type { Database } from '../db/schema';
import { AppError } from '../errors';

/** A module's guards: each returns null when the step may go on, or the message key (and params) saying why not. */
export type Guards = Record<string, (db: Kysely<Database>, id: string) => Promise<null | { key: MessageKey; params?: Record<string, unknown> }>>;

async function mayTake<S extends string, K extends string>(db: Kysely<Database>, caller: Caller, lc: Lifecycle<S, K>, id: string, step: K) {
  const s = lc.steps[step];
  if (!s.roles && !s.assignments) return true;
  return holds(db, caller, { roles: s.roles, assignments: s.assignments, entity: lc.entity, id });
}

/**
 * Checks that the caller may take `step` on record `id` now in `state`: the step leaves that state (CONFLICT),
 * the caller holds a role or assignment it names (FORBIDDEN), a needed comment is there (VALIDATION) and its guard
 * passes (CONFLICT with the guard's message). Returns the state the record moves to; the caller writes it.
 */
export async function checkStep<S extends string, K extends string>(
  db: Kysely<Database>,
  caller: Caller,
  lc: Lifecycle<S, K>,
  guards: Guards,
  record: { id: string; state: S },
  step: K,
  comment?: string | null,
): Promise<S> {
  const s = lc.steps[step];
  if (!s || !s.from.includes(record.state)) throw new AppError('CONFLICT', 'lifecycle.notFromState', { step, state: record.state });
  if (!(await mayTake(db, caller, lc, record.id, step))) throw new AppError('FORBIDDEN', 'lifecycle.notAllowed', { step });
  if (s.needsComment && !comment?.trim()) throw new AppError('VALIDATION', 'lifecycle.commentNeeded', { step });
  if (s.guard) {
    const guard = guards[s.guard];
    if (!guard) throw new Error(`lifecycle ${lc.entity}: no guard ${s.guard}`);
    const failed = await guard(db, record.id);
    if (failed) throw new AppError('CONFLICT', failed.key, failed.params ?? {});
  }
  return s.to;
}

/** The steps the caller may take on the record now (rights only; guards are checked when taken): the renderer's buttons. */
export async function openSteps<S extends string, K extends string>(db: Kysely<Database>, caller: Caller, lc: Lifecycle<S, K>, record: { id: string; state: S }): Promise<K[]> {
  const out: K[] = [];
  for (const k of stepsFrom(lc, record.state)) if (await mayTake(db, caller, lc, record.id, k)) out.push(k);
  return out;
}
