/** Approval routes, signatures, what awaits me, and the register's second pass; en: approval.en.ts. */
export const approvalZhCN = {
  approval: {
    statusByApproval: '文件状态、版本和生效日期只能通过修订审批（或质量经理登记现行版本）取得，不能手工设置。',
    pending: '待生效：修订 {{label}} 将于 {{date}} 生效',
    route: {
      title: '审批路线',
      author: '编制',
      authorWho: '编制人提交时签署',
      any: '任一人签署',
      all: '会签：全部签署',
      documentApprovers: '质量经理或指定审批人',
      role: '{{role}}（任一人）',
      done: '已签署',
      current: '待签署',
      waiting: '未开始',
      notSubmitted: '提交后按此路线审批：',
      source: { document: '本文件专用路线', type: '按文件类型设置的路线', default: '默认路线' },
      round: '第 {{round}} 轮',
      missing: '尚待签署：{{names}}',
    },
    signatures: {
      fingerprint: '内容指纹',
      fingerprintHelp: '签署时修订内容的 SHA-256 摘要。内容只要改动一个字，指纹就完全不同，因此可以证明签署的正是这一版内容。完整指纹：{{hash}}',
      voided: { returned: '已作废（退回）', withdrawn: '已作废（撤回）', discarded: '已作废（放弃草稿）' },
    },
    sign: {
      step: '签署步骤：第 {{step}} 步 · {{meaning}}',
      done: '已签署：{{meaning}}。',
    },
    submit: {
      password: '请输入您的登录密码以签署“编制”',
      passwordHelp: '提交即签署编制，签名与当前内容绑定。',
    },
    withdraw: {
      button: '撤回',
      title: '撤回修订 {{label}}？',
      body: '尚无人签署，撤回后修订回到草稿，您的编制签名将作废（保留在记录中）。',
      ok: '撤回',
      done: '修订 {{label}} 已撤回为草稿。',
    },
    delete: {
      button: '删除',
      title: '删除文件 {{number}}？',
      body: '此文件从未提交审批，可以删除；删除后文件及其草稿将不再显示，删除记录保留在审计记录中。此操作不可撤销。',
      ok: '删除',
      done: '文件 {{number}} 已删除。',
    },
    inbox: {
      title: '我的待办',
      empty: '没有等待您处理的事项。',
      kinds: { sign: '待我审批', revise: '待我修改' },
      signLine: '{{meaning}}：{{number}} {{title}}（修订 {{label}}）',
      reviseLine: '退回修改：{{number}} {{title}}（修订 {{label}}）',
      since: '自 {{date}}',
    },
    cards: { inReview: '审核中', pending: '待生效' },
  },
};
