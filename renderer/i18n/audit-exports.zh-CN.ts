/** Word exports of audits and the corrective action a finding raises; en: audit-exports.en.ts. */
export const auditExportsZhCN = {
  auditExports: {
    report: '导出审核报告',
    plan: '导出实施计划',
    programme: '导出年度计划',
    finding: '导出不符合项报告',
    capa: '纠正措施',
    raiseCapa: '发起纠正措施',
    capaRaised: '已发起纠正措施 {{number}}。',
    capaNeeded: '尚未发起（严重/一般不符合需要纠正措施）',
    capaNotNeeded: '不需要',
  },
};
