import type { officeZhCN } from './office.zh-CN';

/** English for office.zh-CN.ts. */
export const officeEn: typeof officeZhCN = {
  office: {
    find: { previousShort: 'Previous', nextShort: 'Next' },
    home: { reviewDueTitle: 'Reviews due and overdue', reviewDueHint: 'overdue first, then those due within {{days}} days' },
    titleMatch: {
      title: 'A document titled "{{title}}" already exists ({{number}})',
      body: 'Import this Word file as a new revision (draft) of that document, or create a separate document?',
      addRevision: 'Import as new revision',
      newDocument: 'Create a new document',
    },
    register: { export: 'Export to Excel', exported_one: 'Exported {{count}} document: {{name}}', exported_other: 'Exported {{count}} documents: {{name}}' },
  },
};
