/** The task inbox: filters, due dates, the shell's badge, overdue totals by unit; zh-CN: tasks.zh-CN.ts. */
export const tasksEn = {
  tasks: {
    kinds: { sign: 'To sign', revise: 'To revise', auditPlan: 'Audit notice', programmeSign: 'Programme to approve', acknowledgeFinding: 'To acknowledge' },
    lines: {
      sign: '{{meaning}}: {{number}} {{title}} (revision {{label}})',
      revise: 'Returned: {{number}} {{title}} (revision {{label}})',
      auditPlan: 'Internal audit notice: {{number}} {{title}} ({{label}})',
      programmeSign: 'Approve the audit programme: {{title}}',
      acknowledgeFinding: 'Acknowledge finding {{number}} ({{title}}): {{detail}}',
    },
    all: 'All',
    unitHead: 'head of the owning unit',
    overdueOnly: 'Overdue only',
    due: 'due {{date}}',
    overdue: 'Overdue',
    from: 'from {{name}}',
    badge_one: '{{count}} task',
    badge_other: '{{count}} tasks',
    total: '{{count}} in all',
    byUnit: {
      title: 'Open and overdue tasks by unit',
      unit: 'Unit',
      none: '(no unit)',
      open: 'Open',
      overdue: 'Overdue',
      empty: 'Nothing is open.',
    },
  },
};
