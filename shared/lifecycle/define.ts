import type { Role } from '../auth/roles';

/**
 * Lifecycles as data: a record with states (audit, finding, corrective action, review…) declares its states and
 * the steps between them in one table in shared/<domain>/lifecycle.ts. The service refuses a step the table does
 * not allow (electron/backend/lifecycle/steps.ts); the renderer offers only the steps the server lists as open.
 */
export interface LifecycleStep<S extends string> {
  from: readonly S[];
  to: S;
  /** Roles that may take the step on every record of the type. */
  roles?: readonly Role[];
  /** Assignments (declared with declareAssignment for the record's entity) that may take it on their record. */
  assignments?: readonly string[];
  /** A named condition the module checks before the step (e.g. 'allActionsDone'). */
  guard?: string;
  /** The step needs a comment (a reason for cancelling, reopening, returning). */
  needsComment?: boolean;
  /** The step is signed with the signer's password (the shared signatures piece), with this meaning. */
  signature?: string;
}

export interface Lifecycle<S extends string, K extends string> {
  entity: string;
  states: readonly S[];
  start: S;
  end: readonly S[];
  steps: Record<K, LifecycleStep<S>>;
}

export function defineLifecycle<const S extends string, const K extends string>(lc: Lifecycle<S, K>): Lifecycle<S, K> {
  const known = new Set<string>(lc.states);
  const bad = [lc.start, ...lc.end, ...Object.values<LifecycleStep<S>>(lc.steps).flatMap((s) => [...s.from, s.to])].filter((s) => !known.has(s));
  if (bad.length) throw new Error(`lifecycle ${lc.entity}: unknown states ${bad.join(', ')}`);
  return lc;
}

/** The steps that leave a state, in declaration order (before rights and guards). */
export function stepsFrom<S extends string, K extends string>(lc: Lifecycle<S, K>, state: S): K[] {
  return (Object.keys(lc.steps) as K[]).filter((k) => lc.steps[k].from.includes(state));
}

export const isEnd = <S extends string, K extends string>(lc: Lifecycle<S, K>, state: S) => lc.end.includes(state);
