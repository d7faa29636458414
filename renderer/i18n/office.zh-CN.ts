/** Strings for the Word/WPS habits of issue 8 (find, register export, review card, editor helpers); en: office.en.ts. */
export const officeZhCN = {
  office: {
    find: { previousShort: '上一个', nextShort: '下一个' },
    search: { openAll: '按 Enter 查看全部结果' },
  },
};
