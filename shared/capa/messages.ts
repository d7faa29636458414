/** Refusals of corrective actions and the shared actions piece, in both languages. */
export const capaMessages = {
  'capa.verifierIsOwner': {
    'zh-CN': '有效性验证须由责任人以外的人员进行，责任人不能验证自己的纠正措施。',
    en: 'Effectiveness must be verified by someone other than the owner; the owner cannot verify their own corrective action.',
  },
  'capa.verifyTooEarly': { 'zh-CN': '验证日期不能早于 {date}（最后一项措施完成后 90 天）。', en: 'The verification date cannot be before {date} (90 days after the last action was done).' },
  'capa.openActions': { 'zh-CN': '仍有 {count} 项措施未完成，不能关闭。', en: '{count} actions are not done yet; the corrective action cannot be closed.' },
  'capa.actionsNotDone': { 'zh-CN': '仍有 {count} 项措施未完成，不能提交验证。', en: '{count} actions are not done yet; it cannot go to verification.' },
  'capa.noNewActions': {
    'zh-CN': '验证未通过后重新分析：本轮尚未制定新的措施。',
    en: 'Reopened after an ineffective verification: no new action has been planned in this round.',
  },
  'capa.noActions': { 'zh-CN': '尚未制定任何措施。', en: 'No actions have been planned yet.' },
  'capa.notVerified': { 'zh-CN': '尚无“有效”的有效性验证，不能关闭。', en: 'There is no effectiveness verification with the verdict "effective"; it cannot be closed.' },
  'capa.noRootCause': {
    'zh-CN': '请先完成根本原因分析（5 个为什么，或鱼骨图中至少一项已确认的原因）。',
    en: 'Find the root cause first (the 5 whys, or at least one confirmed cause in the fishbone).',
  },
  'capa.tooManyWhys': { 'zh-CN': '“5 个为什么”最多 5 层，提交了 {count} 层。', en: 'The 5 whys go at most five levels deep; {count} were given.' },
  'capa.badCategory': {
    'zh-CN': '原因类别“{category}”无效，应为人、机、料、法、环、测之一。',
    en: 'The cause category "{category}" is not valid; use people, equipment, materials, methods, environment or measurement (人/机/料/法/环/测).',
  },
  'capa.dueBeforeRaised': { 'zh-CN': '完成期限 {due} 不能早于提出日期 {raised}。', en: 'The due date {due} cannot be before the date it was raised, {raised}.' },
  'capa.sourceMissing': { 'zh-CN': '来源记录不存在（{type}：{id}）。', en: 'The source record does not exist ({type}: {id}).' },
  'capa.sourceNotLinkable': {
    'zh-CN': '来源类型“{type}”没有可关联的记录，请填写文字引用。',
    en: 'Sources of type "{type}" have no records to link; give a text reference instead.',
  },
  'capa.notRaiser': {
    'zh-CN': '只有质量经理、审核组成员或受审核单位负责人（受审核人）可以由此发起纠正措施。',
    en: 'Only quality managers, the audit team or the audited unit\'s head (or named auditee) may raise a corrective action from this.',
  },
  'capa.alreadyRaised': { 'zh-CN': '已由此发起纠正措施 {number}。', en: 'Corrective action {number} has already been raised from this.' },
  'capa.findingsNeedAction': {
    'zh-CN': '还有 {count} 项严重或一般不符合尚未发起纠正措施（{numbers}），审核不能关闭。',
    en: '{count} major or minor nonconformities have no corrective action yet ({numbers}); the audit cannot close.',
  },
  'capa.notWorker': { 'zh-CN': '只有责任人或质量经理可以处理此纠正措施。', en: 'Only the owner or a quality manager may work on this corrective action.' },
  'capa.notEditable': { 'zh-CN': '纠正措施处于“{state}”状态，此项不能再修改。', en: 'The corrective action is {state}; this can no longer be changed.' },
  'capa.unknownPerson': { 'zh-CN': '人员不存在或已离职。', en: 'The person does not exist or has left.' },
  'capa.unknownUnit': { 'zh-CN': '单位不存在或已撤销。', en: 'The unit does not exist or is closed.' },
  'capa.unknownAttachment': { 'zh-CN': '附件不存在：{id}', en: 'The attachment does not exist: {id}' },
  'capa.unknownFollowUp': { 'zh-CN': '后续事项不存在。', en: 'The follow-up does not exist.' },
  'actions.unknownParent': { 'zh-CN': '措施所属记录不存在（{type}）。', en: 'The record the action belongs to does not exist ({type}).' },
  'actions.notManager': { 'zh-CN': '您无权管理该记录的措施。', en: 'You may not manage the actions of this record.' },
  'actions.notWorker': { 'zh-CN': '只有措施责任人或该记录的负责人可以完成此措施。', en: 'Only the action owner or whoever manages the record may complete this action.' },
  'actions.notOpen': { 'zh-CN': '该措施已{status}，不能再修改。', en: 'The action is {status} and can no longer be changed.' },
  'actions.notDone': { 'zh-CN': '该措施尚未完成。', en: 'The action is not done.' },
  'actions.parentLocked': { 'zh-CN': '所属记录已结束，措施不能再修改。', en: 'The record the action belongs to has ended; its actions can no longer be changed.' },
  'actions.doneInFuture': { 'zh-CN': '完成日期不能晚于今天。', en: 'The date done cannot be in the future.' },
} as const;
