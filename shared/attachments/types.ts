/** What the attachment store accepts, by detected content type, with the extensions a name may carry. */
export const ATTACHMENT_TYPES = {
  'application/pdf': ['pdf'],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': ['docx'],
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': ['xlsx'],
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': ['pptx'],
  'application/msword': ['doc'],
  'application/vnd.ms-excel': ['xls'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg'],
  'image/gif': ['gif'],
  'text/plain': ['txt', 'csv'],
} as const satisfies Record<string, readonly string[]>;

export type AttachmentType = keyof typeof ATTACHMENT_TYPES;
export const isImageType = (t: string) => t.startsWith('image/');

/** The upper bound of the size limit setting: an upload travels as base64 JSON inside the 32 MiB request limit. */
export const ATTACHMENT_MAX_LIMIT = 24 * 1024 * 1024;
