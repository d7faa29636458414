/** Strings for the Word/WPS habits of issue 8 (find, register export, review card, editor helpers); en: office.en.ts. */
export const officeZhCN = {
  office: {
    find: { previousShort: '上一个', nextShort: '下一个' },
    home: { reviewDueTitle: '到期及逾期复审', reviewDueHint: '逾期的在前，含 {{days}} 天内到期的' },
    titleMatch: {
      title: '已有同名文件 {{number}}《{{title}}》',
      body: '要把这个 Word 文件作为该文件的新修订（草稿）导入，还是另建一个新文件？',
      addRevision: '作为新修订导入',
      newDocument: '另建新文件',
    },
    editor: {
      placeholder: '从这里开始输入正文。输入“第一章”“第一条”“（一）”后加空格，或用工具栏的“章”“条”“项”按钮，编号会自动生成。',
      insertTableSize: '{{rows}} 行 × {{cols}} 列',
      insertTableCustom: '插入表格',
    },
    links: { documentMissingHelp: '请从受控文件清单重新打开，或检查链接是否完整。' },
    // antd fills ${label} in.
    form: { chooseRequired: '请选择${label}' },
    register: { export: '导出 Excel', exported_one: '已导出 {{count}} 个文件：{{name}}', exported_other: '已导出 {{count}} 个文件：{{name}}' },
  },
};
