/** The task inbox: filters, due dates, the shell's badge, overdue totals by unit; zh-CN: tasks.zh-CN.ts. */
export const tasksEn = {
  tasks: {
    kinds: { sign: 'To sign', revise: 'To revise', read: 'To read', read_paper: 'Paper sign-offs', training: 'Training due' },
    lines: {
      sign: '{{meaning}}: {{number}} {{title}} (revision {{label}})',
      revise: 'Returned: {{number}} {{title}} (revision {{label}})',
      read: 'Read and confirm: {{number}} {{title}} (revision {{label}})',
      read_paper: 'Record paper sign-offs ({{detail}}): {{number}} {{title}} (revision {{label}})',
      training: 'Training: {{number}} — {{title}}',
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
