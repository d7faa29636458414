/** Refusals of a lifecycle step (electron/backend/lifecycle/steps.ts); {step} and {state} are the data names. */
export const lifecycleMessages = {
  'lifecycle.notFromState': { 'zh-CN': '当前状态下不能执行该操作（{step}，当前状态 {state}）。', en: 'That step ({step}) cannot be taken in the current state ({state}).' },
  'lifecycle.notAllowed': { 'zh-CN': '您无权执行该操作（{step}）。', en: 'You may not take that step ({step}).' },
  'lifecycle.commentNeeded': { 'zh-CN': '该操作需要填写说明（{step}）。', en: 'That step ({step}) needs a comment.' },
};
