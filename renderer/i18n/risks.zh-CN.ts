/** 风险与机遇、组织环境 (ISO 4.1, 4.2, 6.1); en: risks.en.ts. */
export const risksZhCN = {
  risks: {
    title: '风险与组织环境',
    register: '风险和机遇登记册',
    heatmap: '风险热力图',
    likelihood: '可能性',
    impact: '影响',
    new: '登记风险/机遇',
    cols: { number: '编号', kind: '类别', description: '描述', source: '来源', score: '评分', level: '等级', treatment: '应对措施', owner: '责任人', status: '状态', review: '评审日期', actions: '措施' },
    kinds: { risk: '风险', opportunity: '机遇' },
    sources: { process: '过程', unit: '单位', issue: '内外部因素', other: '其他' },
    levels: { low: '低', medium: '中', high: '高' },
    statuses: { open: '已识别', treating: '应对中', monitoring: '监控中', closed: '已关闭' },
    reviewDue: '待评审',
    matrix: '评级矩阵：评分 ≤ {{low}} 为低，≤ {{medium}} 为中，其余为高',
    context: '组织环境',
    contextKinds: { internal: '内部因素', external: '外部因素', party: '相关方及其要求' },
    contextCols: { title: '事项', detail: '说明/要求', recorded: '登记日期', reviewed: '评审日期' },
    addContext: '添加',
    markReviewed: '已评审',
    save: '保存',
  },
};
