import type { officeZhCN } from './office.zh-CN';

/** English for office.zh-CN.ts. */
export const officeEn: typeof officeZhCN = {
  office: {
    find: { previousShort: 'Previous', nextShort: 'Next' },
    search: { openAll: 'Press Enter for all results' },
  },
};
