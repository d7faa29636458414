import type { Kysely } from 'kysely';
import type { ParsedInput } from '../../../shared/api/contract';
import { STEP_LABELS } from '../../../shared/routes/labels';
import type { RouteStep } from '../../../shared/routes/contract';
import type { Signature } from '../../../shared/signatures/contract';
import type { Caller } from '../context';
import type { Database, RevisionRow } from '../db/schema';
import { AppError } from '../errors';
import { maySignStep, type RouteState } from './routes';
import { readSettings } from './settings';

/** Whether the author may sign a later step of their own revision (the setting of the first pass). */
const selfSignAllowed = async (db: Kysely<Database>) => (await readSettings(db)).allowSelfApproval;

/** What `caller` may do with a revision now; the same rules the handlers enforce. */
export async function mayOn(
  db: Kysely<Database>,
  caller: Caller,
  row: RevisionRow,
  steps: RouteStep[] | null,
  state: RouteState,
  live: Signature[],
): Promise<{ sign: boolean; return: boolean; withdraw: boolean }> {
  if (row.status !== 'in_review' || !steps || state.current === null) return { sign: false, return: false, withdraw: false };
  const isSigner = await maySignStep(db, caller, steps, state.current, row.document_id);
  const signedNow = live.some((s) => s.step === state.current && s.signerId === caller.id);
  const selfBlocked = row.author_id === caller.id && !(await selfSignAllowed(db));
  return {
    sign: isSigner && !signedNow && !selfBlocked,
    return: isSigner || caller.role === 'quality_manager',
    withdraw: row.author_id === caller.id && live.every((s) => s.step === 0),
  };
}

type SignInput = ParsedInput<'revisions.sign'>;

/**
 * Refuses a signature that is not the one the route needs now, from this person, on this content.
 * Each refusal is a typed error; nothing is written before all checks pass.
 */
export async function assertMaySign(db: Kysely<Database>, caller: Caller, row: RevisionRow, steps: RouteStep[], state: RouteState, live: Signature[], input: SignInput, locale: 'zh-CN' | 'en') {
  if (input.signerId !== undefined && input.signerId !== caller.id) throw new AppError('FORBIDDEN', 'signatures.forSomeoneElse');
  if ((input.contentHash !== undefined && input.contentHash !== row.content_hash) || live.some((s) => s.contentHash !== row.content_hash))
    throw new AppError('CONFLICT', 'signatures.contentChanged');
  if (state.current === null) throw new AppError('CONFLICT', 'revisions.notInReview');
  const current = state.current;
  const step = steps[current - 1]!;
  const stepName = STEP_LABELS[step.meaning][locale];
  if ((input.step !== undefined && input.step !== current) || (input.meaning !== undefined && input.meaning !== step.meaning)) {
    if (step.mode === 'all' && state.missing.length) throw await countersignPending(db, state.missing);
    throw new AppError('CONFLICT', 'signatures.outOfOrder', { current, step: stepName });
  }
  if (live.some((s) => s.step === current && s.signerId === caller.id)) throw new AppError('CONFLICT', 'signatures.twice');
  if (!(await maySignStep(db, caller, steps, current, row.document_id))) {
    for (let later = current + 1; later <= steps.length; later++)
      if (await maySignStep(db, caller, steps, later, row.document_id)) {
        if (step.mode === 'all' && state.missing.length) throw await countersignPending(db, state.missing);
        throw new AppError('CONFLICT', 'signatures.outOfOrder', { current, step: stepName });
      }
    throw new AppError('FORBIDDEN', 'signatures.notYourStep', { step: stepName });
  }
  if (row.author_id === caller.id && !(await selfSignAllowed(db))) throw new AppError('FORBIDDEN', 'signatures.selfSign');
}

async function countersignPending(db: Kysely<Database>, missing: string[]) {
  const users = await db.selectFrom('users').select('display_name').where('id', 'in', missing).execute();
  return new AppError('CONFLICT', 'signatures.countersignPending', { names: users.map((u) => u.display_name).join('、') });
}
