/** The task inbox (待办): filters, due dates, the shell's badge, overdue totals by unit; en: tasks.en.ts. */
export const tasksZhCN = {
  tasks: {
    kinds: { sign: '待我审批', revise: '待我修改', read: '待我阅知', read_paper: '待登记签收', training: '待培训' },
    lines: {
      sign: '{{meaning}}：{{number}} {{title}}（修订 {{label}}）',
      revise: '退回修改：{{number}} {{title}}（修订 {{label}}）',
      read: '阅知确认：{{number}} {{title}}（修订 {{label}}）',
      read_paper: '登记纸质签收（{{detail}}）：{{number}} {{title}}（修订 {{label}}）',
      training: '培训：{{number}} — {{title}}',
    },
    all: '全部',
    unitHead: '归口单位负责人',
    overdueOnly: '只看逾期',
    due: '{{date}} 到期',
    overdue: '已逾期',
    from: '来自 {{name}}',
    badge_one: '{{count}} 项待办',
    badge_other: '{{count}} 项待办',
    total: '共 {{count}} 项',
    byUnit: {
      title: '各单位待办与逾期',
      unit: '单位',
      none: '（未归属单位）',
      open: '待办',
      overdue: '逾期',
      empty: '目前没有待办事项。',
    },
  },
};
