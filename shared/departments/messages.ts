import type { Locale } from '../api/envelope';

export const departmentMessages = {
  'departments.nameTaken': { 'zh-CN': '同一上级下已有名为“{name}”的单位。', en: 'A unit named "{name}" already exists under the same parent.' },
  'departments.codeTaken': { 'zh-CN': '代码“{code}”已被单位“{name}”使用。', en: 'The code "{code}" is already used by the unit "{name}".' },
  'departments.inUse': {
    'zh-CN': '该单位仍被 {count} 条记录（文件、下级单位、岗位）引用，不能删除；可以将其撤销。',
    en: 'The unit is still referred to by {count} records (documents, sub-units, positions) and cannot be deleted; close it instead.',
  },
  'departments.moveIntoOwnSubtree': {
    'zh-CN': '不能把“{name}”移到它自己或它的下级单位之下。',
    en: '"{name}" cannot be moved under itself or one of its own sub-units.',
  },
  'departments.rootFixed': {
    'zh-CN': '组织本身（根单位）不能移动、撤销或删除；其名称在“设置”中修改。',
    en: 'The organisation itself (the root unit) cannot be moved, closed or deleted; its name is changed in Settings.',
  },
  'departments.closed': { 'zh-CN': '单位“{name}”已撤销，不能再添加新的记录。', en: 'The unit "{name}" is closed and takes no new records.' },
  'departments.parentClosed': { 'zh-CN': '上级单位“{name}”已撤销。', en: 'The parent unit "{name}" is closed.' },
} satisfies Record<string, Record<Locale, string>>;
