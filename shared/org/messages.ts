import type { Locale } from '../api/envelope';

/** Positions, people and the Excel import (the per-row report uses the import.* keys). */
export const orgMessages = {
  'positions.titleTaken': { 'zh-CN': '单位“{unit}”已有岗位“{title}”。', en: 'The unit "{unit}" already has a position "{title}".' },
  'positions.inUse': { 'zh-CN': '该岗位仍有 {count} 人在岗，不能删除。', en: '{count} people still hold this position; it cannot be deleted.' },
  'positions.notOwnUnit': {
    'zh-CN': '只有质量经理、本单位负责人和本单位的编写人可以修改该单位的岗位与职责。',
    en: 'Only quality managers, the head of the unit and authors of the unit may edit its positions and duties.',
  },
  'people.employeeNoTaken': { 'zh-CN': '工号“{employeeNo}”已被“{name}”使用。', en: 'The employee number "{employeeNo}" is already used by "{name}".' },
  'people.userLinked': { 'zh-CN': '该账户已关联人员“{name}”。', en: 'That account is already linked to "{name}".' },
  'people.notHolding': { 'zh-CN': '该人员未担任此岗位。', en: 'This person does not hold that position.' },
  'people.inactive': { 'zh-CN': '人员“{name}”已离职，不能再分配岗位。', en: '"{name}" has left and cannot be given positions.' },
  'import.notXlsx': {
    'zh-CN': '该文件不是有效的 Excel 工作簿（.xlsx），未导入任何内容。',
    en: 'The file is not a valid Excel workbook (.xlsx); nothing was imported.',
  },
  'import.missingSheet': {
    'zh-CN': '工作簿缺少工作表“{sheet}”（需要：单位、岗位、人员），未导入任何内容。',
    en: 'The workbook has no sheet "{sheet}" (needed: 单位, 岗位, 人员); nothing was imported.',
  },
  'import.wrongColumns': {
    'zh-CN': '工作表“{sheet}”的表头不正确：应为 {expected}，实际为 {found}。未导入任何内容。',
    en: 'The header of sheet "{sheet}" is wrong: expected {expected}, found {found}. Nothing was imported.',
  },
  'import.tooManyRows': {
    'zh-CN': '工作簿行数过多（超过 {limit} 行），未导入任何内容。请拆分后分批导入。',
    en: 'The workbook has too many rows (more than {limit}); nothing was imported. Split it and import in parts.',
  },
  'import.refused': {
    'zh-CN': '有 {count} 行被拒绝，未导入任何内容。请按报告修改后重新导入。',
    en: '{count} rows were refused; nothing was imported. Fix them as the report says and import again.',
  },
  'import.row.required': { 'zh-CN': '“{column}”不能为空。', en: '"{column}" is required.' },
  'import.row.tooLong': { 'zh-CN': '“{column}”过长（最多 {max} 个字符）。', en: '"{column}" is too long (at most {max} characters).' },
  'import.row.badCode': { 'zh-CN': '代码“{code}”只能包含字母、数字和连字符。', en: 'The code "{code}" may contain letters, digits and - only.' },
  'import.row.duplicateCode': { 'zh-CN': '代码“{code}”在表中重复（第 {other} 行）。', en: 'The code "{code}" appears twice in the sheet (row {other}).' },
  'import.row.badKind': { 'zh-CN': '类型“{kind}”无效，应为：部门、网点、班组。', en: 'The kind "{kind}" is not valid; use 部门 (department), 网点 (branch) or 班组 (team).' },
  'import.row.unknownUnit': { 'zh-CN': '单位“{code}”不存在。', en: 'The unit "{code}" does not exist.' },
  'import.row.unitClosed': { 'zh-CN': '单位“{code}”已撤销。', en: 'The unit "{code}" is closed.' },
  'import.row.cycle': { 'zh-CN': '单位“{code}”的上级关系构成循环。', en: 'The parent chain of the unit "{code}" is a loop.' },
  'import.row.siblingName': { 'zh-CN': '同一上级下已有名为“{name}”的单位。', en: 'A unit named "{name}" already exists under the same parent.' },
  'import.row.unknownPosition': { 'zh-CN': '单位“{code}”没有岗位“{title}”。', en: 'The unit "{code}" has no position "{title}".' },
  'import.row.duplicatePosition': { 'zh-CN': '岗位“{title}”在表中重复（第 {other} 行）。', en: 'The position "{title}" appears twice in the sheet (row {other}).' },
  'import.row.badNumber': { 'zh-CN': '“{column}”应为 0 到 10000 的整数。', en: '"{column}" must be a whole number from 0 to 10000.' },
  'import.row.duplicateEmployeeNo': { 'zh-CN': '工号“{employeeNo}”在表中重复（第 {other} 行）。', en: 'The employee number "{employeeNo}" appears twice in the sheet (row {other}).' },
  'import.row.unknownUser': { 'zh-CN': '账户“{username}”不存在。', en: 'The account "{username}" does not exist.' },
  'import.row.userLinked': { 'zh-CN': '账户“{username}”已关联其他人员。', en: 'The account "{username}" is already linked to another person.' },
  'import.row.badYesNo': { 'zh-CN': '“{column}”应填“是”或“否”。', en: '"{column}" must be 是 (yes) or 否 (no).' },
} satisfies Record<string, Record<Locale, string>>;
