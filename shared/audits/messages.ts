import type { Locale } from '../api/envelope';

/** Refusals of the audit programme and audit plans (the core); checklists and findings add theirs beside. */
export const auditCoreMessages = {
  'audits.ownUnit': {
    'zh-CN': '内审员“{name}”不能审核本人所在的单位“{unit}”（审核独立性）；如确有必要，由审核组长记录理由后再安排。',
    en: 'The auditor "{name}" cannot audit their own unit "{unit}" (independence); the lead auditor may record a justified exception first.',
  },
  'audits.closedAudit': {
    'zh-CN': '审核 {code} 已{state}，不能再修改。',
    en: 'The audit {code} is {state} and can no longer be changed.',
  },
  'audits.notOnTeam': { 'zh-CN': '“{name}”不是本次审核组成员，不能安排其审核。', en: '"{name}" is not on this audit team and cannot be scheduled.' },
  'audits.leadIsAuditor': { 'zh-CN': '审核组长不能同时列为组员。', en: 'The lead auditor cannot also be listed as an auditor.' },
  'audits.unitNotAudited': { 'zh-CN': '单位“{unit}”不在本次审核范围内。', en: 'The unit "{unit}" is not in the scope of this audit.' },
  'audits.unitClosed': { 'zh-CN': '单位“{unit}”已撤销，不能列入审核。', en: 'The unit "{unit}" is closed and cannot be audited.' },
  'audits.personInactive': { 'zh-CN': '“{name}”已离职，不能列入审核。', en: '"{name}" has left and cannot take part in the audit.' },
  'audits.revisionNotEffective': {
    'zh-CN': '所选文件“{number}”的版本 {label} 不是现行有效版本，不能作为审核准则。',
    en: 'The chosen revision {label} of "{number}" is not the effective one and cannot be a criterion.',
  },
  'audits.outsideYear': { 'zh-CN': '审核日期必须在 {year} 年内。', en: 'The audit dates must fall within {year}.' },
  'audits.slotOutsideDates': { 'zh-CN': '日程 {date} 不在审核日期（{start} 至 {end}）内。', en: 'The slot on {date} is outside the audit dates ({start} to {end}).' },
  'audits.planIncomplete': {
    'zh-CN': '审核计划尚不完整，不能下发：{missing}。',
    en: 'The audit plan is not complete and cannot be issued: {missing}.',
  },
  'audits.programmeLocked': {
    'zh-CN': '{year} 年度内审计划已{state}，不能再增删审核；如需变更请先重新打开。',
    en: 'The {year} audit programme is {state}; audits cannot be added or removed. Reopen it first to change it.',
  },
  'audits.yearMismatch': { 'zh-CN': '审核年度与年度计划（{year}）不一致。', en: 'The audit year does not match the programme ({year}).' },
  'audits.mayNotEdit': { 'zh-CN': '只有质量经理或本次审核的审核组长可以修改审核计划。', en: 'Only quality managers or the lead auditor of this audit may change its plan.' },
  'audits.planNotIssued': { 'zh-CN': '审核计划尚未下发给受审核方，不能开始审核。', en: 'The audit plan has not been issued to the auditees; the audit cannot start.' },
  'programmes.yearTaken': { 'zh-CN': '{year} 年度内审计划已存在。', en: 'An audit programme for {year} already exists.' },
  'programmes.uncovered': {
    'zh-CN': '以下适用条款本年度尚无审核覆盖，也未说明理由，不能提交审批：{clauses}。',
    en: 'These applicable clauses are covered by no audit this year and have no justification, so the programme cannot be approved: {clauses}.',
  },
  'programmes.notDraft': { 'zh-CN': '年度内审计划当前为“{state}”，不能执行该操作。', en: 'The programme is {state}; that cannot be done now.' },
  'programmes.noAudits': { 'zh-CN': '年度内审计划中没有任何审核。', en: 'The programme has no audits.' },
  'programmes.notSigner': { 'zh-CN': '您不是当前审批步骤的签署人。', en: 'You are not a signer of the current approval step.' },
  'programmes.clauseExcluded': { 'zh-CN': '条款 {clause} 已在适用范围中删减，无需说明缺口理由。', en: 'Clause {clause} is excluded from scope and needs no gap justification.' },
} satisfies Record<string, Record<Locale, string>>;
