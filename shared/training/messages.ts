/** Training and competence: refusals in both languages. */
export const trainingMessages = {
  'training.topicOrRevision': { 'zh-CN': '请指定培训主题或文件修订。', en: 'Name a training topic or a document revision.' },
  'training.topicTaken': { 'zh-CN': '培训主题“{title}”已存在。', en: 'The training topic "{title}" already exists.' },
  'training.closedUnit': {
    'zh-CN': '“{name}”所在单位“{unit}”已撤销，不能登记培训记录。',
    en: '"{name}" belongs to the closed unit "{unit}"; no training can be recorded for them.',
  },
  'training.inactivePerson': { 'zh-CN': '“{name}”已离职，不能登记培训记录。', en: '"{name}" has left; no training can be recorded for them.' },
  'training.notHeadOf': {
    'zh-CN': '只有质量经理和“{name}”所在单位的负责人可以为其登记培训。',
    en: 'Only quality managers and the head of the unit of "{name}" may record training for them.',
  },
  'training.notYours': {
    'zh-CN': '您只能查看本人及所负责单位人员的培训记录。',
    en: 'You may see only your own training records and those of the units you head.',
  },
  'training.revisionOfOtherDocument': {
    'zh-CN': '所选修订不属于该培训主题关联的文件。',
    en: 'The revision chosen is not one of the document this topic is linked to.',
  },
  'training.futureDate': { 'zh-CN': '培训日期不能晚于今天。', en: 'The training date cannot be later than today.' },
} as const;
