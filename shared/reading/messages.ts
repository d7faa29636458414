/** 阅知确认: refusals in both languages. */
export const readingMessages = {
  'reading.notEffective': {
    'zh-CN': '该修订不是现行有效版本（未生效或已被替代），不能确认阅知。',
    en: 'This revision is not the one in force (not yet effective, or superseded); it cannot be confirmed as read.',
  },
  'reading.notConcerned': {
    'zh-CN': '该文件的适用范围不包括您，无需确认阅知。',
    en: 'This document does not apply to you; there is nothing to confirm.',
  },
  'reading.personNotConcerned': {
    'zh-CN': '“{name}”不在该修订的阅知范围内。',
    en: '"{name}" is not among the people this revision concerns.',
  },
  'reading.alreadyConfirmed': { 'zh-CN': '“{name}”已确认阅知该修订。', en: '"{name}" has already confirmed reading this revision.' },
  'reading.notHeadOf': {
    'zh-CN': '只有质量经理和“{name}”所在单位的负责人可以登记其纸质签收。',
    en: 'Only quality managers and the head of the unit of "{name}" may record their paper sign-off.',
  },
  'reading.trainingTooLate': {
    'zh-CN': '修订已生效，不能再更改“需培训”标记。',
    en: 'The revision is already in force; its "needs training" flag can no longer change.',
  },
  'reading.futurePaperDate': { 'zh-CN': '签收日期不能晚于今天。', en: 'The sign-off date cannot be later than today.' },
  'reading.positionUnknown': { 'zh-CN': '岗位不存在。', en: 'The position does not exist.' },
} as const;
