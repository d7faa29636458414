import type { attachmentsZhCN } from './attachments.zh-CN';

export const attachmentsEn: typeof attachmentsZhCN = {
  attachments: {
    settings: {
      title: 'Attachments',
      maxSize: 'Largest attachment',
      help: 'The size limit for evidence photos, external documents and other attachments (1–24 MB). File types are recognised by content; a file whose extension does not match its content is refused.',
      saved: 'Attachment settings saved.',
    },
  },
};
