import { defineLifecycle } from '../lifecycle/define';

/**
 * An internal audit's life: planned → in progress (opening meeting held) → reporting (field work done, the
 * report is written) → closed; or cancelled (with a reason) before it is reported. Quality managers take every
 * step; the audit's lead auditor (assignment 'lead') runs their own audit. Auditors on the team (assignment
 * 'auditor') work on its checklists and findings but take no step. Starting needs the plan issued (guard 'planIssued'). Closing passes the guard 'findingsResolved':
 * the checks other modules register (every finding acknowledged, actions raised…).
 */
export const auditLifecycle = defineLifecycle({
  entity: 'audit',
  states: ['planned', 'in_progress', 'reporting', 'closed', 'cancelled'],
  start: 'planned',
  end: ['closed', 'cancelled'],
  steps: {
    start: { from: ['planned'], to: 'in_progress', roles: ['quality_manager'], assignments: ['lead'], guard: 'planIssued' },
    report: { from: ['in_progress'], to: 'reporting', roles: ['quality_manager'], assignments: ['lead'] },
    close: { from: ['reporting'], to: 'closed', roles: ['quality_manager'], assignments: ['lead'], guard: 'findingsResolved' },
    cancel: { from: ['planned', 'in_progress'], to: 'cancelled', roles: ['quality_manager'], needsComment: true },
  },
});

/** States in which the plan and the audit's work may still change. */
export const AUDIT_OPEN_STATES = ['planned', 'in_progress', 'reporting'] as const;
