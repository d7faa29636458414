/** Error messages of Word export and import (spread into MESSAGES). */
export const WORD_MESSAGES = {
  'word.noOfficialEnglish': {
    'zh-CN': '英文文件没有公文格式（GB/T 9704 只适用于中文公文），请选择标准格式。',
    en: 'English documents have no official style (GB/T 9704 is for Chinese documents); choose the standard style.',
  },
  'word.controlledDraft': {
    'zh-CN': '只有现行有效的修订可以作为受控文件发放。',
    en: 'Only an effective revision can be issued as a controlled copy.',
  },
  'word.tooLarge': { 'zh-CN': '文件过大（{what}），未导入任何内容。', en: 'The file is too large ({what}); nothing was imported.' },
} as const;
