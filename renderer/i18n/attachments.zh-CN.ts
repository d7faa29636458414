/** Attachment store strings; en: attachments.en.ts. */
export const attachmentsZhCN = {
  attachments: {
    settings: {
      title: '附件',
      maxSize: '单个附件大小上限',
      help: '证据照片、外来文件等附件的大小上限（1–24 MB）。文件类型按内容识别，扩展名与内容不符的文件会被拒绝。',
      saved: '附件设置已保存。',
    },
  },
};
