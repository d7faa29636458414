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
    editor: {
      placeholder: 'Start typing here. Make a paragraph a chapter, article or item with the toolbar (Ctrl+Alt+7, 8, 9); the numbers are added for you.',
      insertTableSize: '{{rows}} rows × {{cols}} columns',
      insertTableCustom: 'Insert table',
    },
    links: { documentMissingHelp: 'Open it again from the document register, or check that the link is complete.' },
    form: { chooseRequired: 'Please choose: ${label}' },
    register: { export: 'Export to Excel', exported_one: 'Exported {{count}} document: {{name}}', exported_other: 'Exported {{count}} documents: {{name}}' },
  },
};
