/** Errors of the responsibility matrix. */
export const matrixMessages = {
  'matrix.secondLead': { 'zh-CN': '“{row}”已有主管单位（★ {unit}），每行只能有一个 ★。', en: '"{row}" already has an accountable unit (★ {unit}); a row has exactly one ★.' },
  'matrix.rowsBreakRule': { 'zh-CN': '有 {count} 行没有主管单位（★），每行必须恰有一个 ★。', en: '{count} rows have no accountable unit (★); every row needs exactly one ★.' },
  'matrix.notDraft': { 'zh-CN': '只有草稿状态的职能分配表可以修改。', en: 'Only a draft matrix can be changed.' },
  'matrix.openDraft': { 'zh-CN': '已有未生效的职能分配表（第 {number} 版），请先完成它。', en: 'Version {number} is not yet effective; finish it first.' },
  'matrix.unknownRow': { 'zh-CN': '该行不在职能分配表中（条款已删减或过程已关闭）。', en: 'That row is not in the matrix (the clause is excluded or the process closed).' },
  'matrix.unknownColumn': { 'zh-CN': '该单位不在职能分配表的列中。', en: 'That unit is not a column of the matrix.' },
  'matrix.appendManualOnly': { 'zh-CN': '只有质量手册可以附加职能分配表。', en: 'Only a quality manual can carry the responsibility matrix.' },
  'matrix.noneEffective': { 'zh-CN': '尚无已批准生效的职能分配表。', en: 'No responsibility matrix has been approved yet.' },
  'matrix.passwordNeeded': { 'zh-CN': '批准需要输入您的密码进行签署。', en: 'Approving needs your password to sign.' },
} as const;
