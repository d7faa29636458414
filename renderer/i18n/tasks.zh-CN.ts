/** The task inbox (待办): filters, due dates, the shell's badge, overdue totals by unit; en: tasks.en.ts. */
export const tasksZhCN = {
  tasks: {
    kinds: { sign: '待我审批', revise: '待我修改', auditPlan: '审核通知', programmeSign: '待审批内审计划', acknowledgeFinding: '待我确认' },
    lines: {
      sign: '{{meaning}}：{{number}} {{title}}（修订 {{label}}）',
      revise: '退回修改：{{number}} {{title}}（修订 {{label}}）',
      auditPlan: '内审通知：{{number}} {{title}}（{{label}}）',
      programmeSign: '审批年度内审计划：{{title}}',
      acknowledgeFinding: '确认审核发现：{{number}}（{{title}}）{{detail}}',
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
