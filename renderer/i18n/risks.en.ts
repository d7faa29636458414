/** Risks and opportunities, context of the organisation (ISO 4.1, 4.2, 6.1); zh-CN: risks.zh-CN.ts. */
export const risksEn = {
  risks: {
    title: 'Risks and context',
    register: 'Risk and opportunity register',
    heatmap: 'Risk heat map',
    likelihood: 'Likelihood',
    impact: 'Impact',
    new: 'Record a risk or opportunity',
    cols: { number: 'Number', kind: 'Kind', description: 'Description', source: 'Source', score: 'Score', level: 'Level', treatment: 'Treatment', owner: 'Owner', status: 'Status', review: 'Review date', actions: 'Actions' },
    kinds: { risk: 'Risk', opportunity: 'Opportunity' },
    sources: { process: 'Process', unit: 'Unit', issue: 'Issue', other: 'Other' },
    levels: { low: 'Low', medium: 'Medium', high: 'High' },
    statuses: { open: 'Identified', treating: 'Treating', monitoring: 'Monitoring', closed: 'Closed' },
    reviewDue: 'Review due',
    matrix: 'Rating matrix: score ≤ {{low}} low, ≤ {{medium}} medium, above high',
    context: 'Context',
    contextKinds: { internal: 'Internal issues', external: 'External issues', party: 'Interested parties and their requirements' },
    contextCols: { title: 'Entry', detail: 'Detail / requirements', recorded: 'Recorded', reviewed: 'Reviewed' },
    addContext: 'Add',
    markReviewed: 'Reviewed',
    save: 'Save',
  },
};
