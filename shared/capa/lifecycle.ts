import { defineLifecycle } from '../lifecycle/define';

/**
 * The corrective action's lifecycle, read by the service (to refuse) and the renderer (to offer). Verification
 * is its own call (capa.verify): effective moves verifying → verified, not effective reopens to analysing with
 * a new round (the earlier analysis and the verification are kept).
 */
export const capaLifecycle = defineLifecycle({
  entity: 'capa',
  states: ['open', 'analysing', 'acting', 'verifying', 'verified', 'closed', 'cancelled'],
  start: 'open',
  end: ['closed', 'cancelled'],
  steps: {
    analyse: { from: ['open'], to: 'analysing', roles: ['quality_manager'], assignments: ['owner'] },
    plan: { from: ['analysing'], to: 'acting', roles: ['quality_manager'], assignments: ['owner'], guard: 'rootCauseFound' },
    submit: { from: ['acting'], to: 'verifying', roles: ['quality_manager'], assignments: ['owner'], guard: 'allActionsDone' },
    verify: { from: ['verifying'], to: 'verified', roles: ['quality_manager', 'auditor'], assignments: ['verifier'] },
    reopen: { from: ['verifying'], to: 'analysing', roles: ['quality_manager', 'auditor'], assignments: ['verifier'], needsComment: true },
    close: { from: ['verified'], to: 'closed', roles: ['quality_manager', 'auditor'], assignments: ['verifier'], guard: 'closable', signature: 'approved' },
    cancel: { from: ['open', 'analysing', 'acting'], to: 'cancelled', roles: ['quality_manager'], needsComment: true },
  },
});

export type CapaState = (typeof capaLifecycle.states)[number];
export type CapaStep = keyof typeof capaLifecycle.steps;
/** Steps taken through capa.step (verify and reopen go through capa.verify, with the verification record). */
export const PLAIN_STEPS = ['analyse', 'plan', 'submit', 'close', 'cancel'] as const;
