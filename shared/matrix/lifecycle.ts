import { MANAGERS } from '../auth/roles';
import { defineLifecycle } from '../lifecycle/define';

/** A version of the responsibility matrix: drafted, submitted, approved (signed) into force; the next one supersedes it. */
export const MATRIX_STATES = ['draft', 'in_approval', 'effective', 'superseded'] as const;
export type MatrixState = (typeof MATRIX_STATES)[number];

export const matrixLifecycle = defineLifecycle({
  entity: 'matrix_version',
  states: MATRIX_STATES,
  start: 'draft',
  end: ['superseded'],
  steps: {
    submit: { from: ['draft'], to: 'in_approval', roles: MANAGERS, guard: 'oneLeadPerRow' },
    approve: { from: ['in_approval'], to: 'effective', roles: MANAGERS, guard: 'oneLeadPerRow', signature: 'approved' },
    return: { from: ['in_approval'], to: 'draft', roles: MANAGERS, needsComment: true },
  },
});
export type MatrixStep = keyof typeof matrixLifecycle.steps;
export const MATRIX_STEPS = Object.keys(matrixLifecycle.steps) as MatrixStep[];
