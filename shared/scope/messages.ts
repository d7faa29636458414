/** Errors of scope (clause applicability) and the process list. */
export const scopeMessages = {
  'scope.justification': { 'zh-CN': '删减条款必须说明理由。', en: 'An excluded clause needs a justification.' },
  'processes.codeTaken': { 'zh-CN': '过程代码“{code}”已存在。', en: 'The process code "{code}" already exists.' },
  'processes.unitClosed': { 'zh-CN': '单位“{name}”已撤销，不能作为过程归口单位。', en: 'The unit "{name}" is closed and cannot own a process.' },
  'processes.inUse': { 'zh-CN': '该过程已被职能分配表引用，不能删除；请改为关闭。', en: 'A responsibility matrix names this process; close it instead of deleting it.' },
} as const;
