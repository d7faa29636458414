import type { Kysely } from 'kysely';
import type { MessageKey } from '../../../shared/api/messages';
import type { Role } from '../../../shared/auth/roles';
import type { Caller } from '../context';
import type { Database } from '../db/schema';
import { AppError } from '../errors';

/**
 * Rights on a record come from the caller's role OR from an assignment on that record (its owner, a
 * signer named by its route; later an auditee or an action owner). Modules declare their assignments
 * once here and ask `holds`/`requireRight`, so nobody re-invents permission code.
 */
export type AssignmentCheck = (db: Kysely<Database>, caller: Caller, entityId: string) => Promise<boolean>;

const assignments = new Map<string, AssignmentCheck>();
const keyOf = (entity: string, name: string) => `${entity}:${name}`;

/** Declares e.g. ('document', 'owner', …): a person this check accepts holds that assignment on the record. */
export function declareAssignment(entity: string, name: string, check: AssignmentCheck): void {
  assignments.set(keyOf(entity, name), check);
}

export interface Right {
  /** Roles that hold the right on every record of the type. */
  roles?: readonly Role[];
  entity: string;
  id: string;
  /** Assignments that grant it on this one record, whatever the role (an executive named as signer signs). */
  assignments?: readonly string[];
}

export async function holds(db: Kysely<Database>, caller: Caller, right: Right): Promise<boolean> {
  if (right.roles?.includes(caller.role)) return true;
  for (const name of right.assignments ?? []) {
    const check = assignments.get(keyOf(right.entity, name));
    if (!check) throw new Error(`no assignment ${name} declared for ${right.entity}`);
    if (await check(db, caller, right.id)) return true;
  }
  return false;
}

export async function requireRight(db: Kysely<Database>, caller: Caller, right: Right, key: MessageKey, params: Record<string, unknown> = {}): Promise<void> {
  if (!(await holds(db, caller, right))) throw new AppError('FORBIDDEN', key, params);
}
