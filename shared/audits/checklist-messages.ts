/** Errors of checklists and findings (内审检查表, 不符合项), in both languages. */
export const checklistMessages = {
  'checklists.revisionNotEffective': {
    'zh-CN': '“{number}”的修订 {label} 不是现行有效版本，不能引用其条款。请从现行版本中选择。',
    en: 'Revision {label} of "{number}" is not the effective one; its articles cannot be cited. Pick from the effective revision.',
  },
  'checklists.articleNotFound': { 'zh-CN': '“{number}”{label} 中没有该条款。', en: 'That article is not in "{number}" {label}.' },
  'checklists.stale': {
    'zh-CN': '该检查项已被{by}修改（{at}）。您的输入已保留，请查看对方的修改后再保存。',
    en: 'This checklist line was changed by {by} ({at}). Your input is kept; look at their change and save again.',
  },
  'checklists.auditClosed': { 'zh-CN': '审核已{state}，不能再记录检查结果。', en: 'The audit is {state}; results can no longer be recorded.' },
  'checklists.notAuditor': {
    'zh-CN': '只有本次审核的审核组长、审核员和质量经理可以编辑检查表。',
    en: 'Only the lead auditor, the auditors of this audit and quality managers may edit its checklist.',
  },
  'checklists.noPreviousAudit': { 'zh-CN': '该单位没有以前的审核检查表可复制。', en: 'There is no earlier audit checklist of this unit to copy.' },
  'checklists.requirementMissing': { 'zh-CN': '请选择要求：ISO 条款或制度条款。', en: 'Choose the requirement: an ISO clause or a regulation article.' },
  'findings.evidenceRequired': {
    'zh-CN': '请填写审核发现的事实（客观证据）：没有证据的不符合项不能成立。',
    en: 'Write down the facts seen (objective evidence): a finding without evidence cannot stand.',
  },
  'findings.requirementRequired': {
    'zh-CN': '请注明违反的要求：ISO 条款或制度条款。',
    en: 'Name the requirement breached: an ISO clause or a regulation article.',
  },
  'findings.notAcknowledger': {
    'zh-CN': '只有受审核单位负责人或被指定的受审核人可以确认该不符合项。',
    en: 'Only the head of the audited unit or a person named as auditee may acknowledge this finding.',
  },
  'findings.alreadyAcknowledged': { 'zh-CN': '该不符合项已于 {at} 由{by}确认。', en: 'This finding was already acknowledged by {by} on {at}.' },
  'findings.withdrawn': { 'zh-CN': '该不符合项已撤销。', en: 'This finding has been withdrawn.' },
  'findings.notEditable': { 'zh-CN': '该不符合项已被确认，不能再修改。', en: 'This finding has been acknowledged and can no longer be changed.' },
  'findings.unacknowledged': {
    'zh-CN': '还有 {count} 项审核发现未经受审核方确认（{numbers}），不能关闭审核。',
    en: '{count} findings are not yet acknowledged by the auditee ({numbers}); the audit cannot be closed.',
  },
  'findings.lineOfOtherAudit': { 'zh-CN': '该检查项不属于本次审核。', en: 'That checklist line belongs to another audit.' },
} as const;
