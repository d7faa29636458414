/**
 * The Word exports of internal audits, each built from the plain data of shared/audits/report-data.ts: the 内审报告
 * (native Word charts), a finding's 不符合项报告 form, the 内审实施计划 and the 年度内审计划 (landscape).
 */
export { buildAuditReportDocx } from './audit-word-report';
export { buildFindingDocx } from './audit-word-finding';
export { buildAuditPlanDocx, buildProgrammeDocx } from './audit-word-plan';
