/** Word exports of audits and the corrective action a finding raises; zh-CN: audit-exports.zh-CN.ts. */
export const auditExportsEn = {
  auditExports: {
    report: 'Export audit report',
    plan: 'Export audit plan',
    programme: 'Export programme',
    finding: 'Export nonconformity report',
    capa: 'Corrective action',
    raiseCapa: 'Raise corrective action',
    capaRaised: 'Corrective action {{number}} raised.',
    capaNeeded: 'Not raised yet (major and minor nonconformities need one)',
    capaNotNeeded: 'Not needed',
  },
};
