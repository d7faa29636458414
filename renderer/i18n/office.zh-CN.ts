/** Strings for the Word/WPS habits of issue 8 (find, register export, review card, editor helpers); en: office.en.ts. */
export const officeZhCN = {
  office: {
    find: { previousShort: '上一个', nextShort: '下一个' },
    register: { export: '导出 Excel', exported_one: '已导出 {{count}} 个文件：{{name}}', exported_other: '已导出 {{count}} 个文件：{{name}}' },
  },
};
