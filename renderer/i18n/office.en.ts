import type { officeZhCN } from './office.zh-CN';

/** English for office.zh-CN.ts. */
export const officeEn: typeof officeZhCN = {
  office: {
    find: { previousShort: 'Previous', nextShort: 'Next' },
    register: { export: 'Export to Excel', exported_one: 'Exported {{count}} document: {{name}}', exported_other: 'Exported {{count}} documents: {{name}}' },
  },
};
