import type { Locale } from '../api/envelope';

export const attachmentMessages = {
  'attachments.tooLarge': {
    'zh-CN': '文件“{name}”过大（{size}，上限 {limit}）。',
    en: 'The file "{name}" is too large ({size}; the limit is {limit}).',
  },
  'attachments.typeRefused': {
    'zh-CN': '不支持文件“{name}”的类型。可上传 PDF、Word（.docx/.doc）、Excel（.xlsx/.xls）、PowerPoint（.pptx）、PNG、JPEG、GIF 图片和文本文件。',
    en: 'The type of "{name}" is not accepted. Upload PDF, Word (.docx/.doc), Excel (.xlsx/.xls), PowerPoint (.pptx), PNG, JPEG or GIF images, or text files.',
  },
  'attachments.disguised': {
    'zh-CN': '文件“{name}”的内容是 {actual}，与扩展名不符，已拒绝。请检查文件来源。',
    en: 'The content of "{name}" is {actual}, which does not match its extension; it was refused. Check where the file came from.',
  },
  'attachments.heic': {
    'zh-CN': '“{name}”是 iPhone 的 HEIC 照片，暂不支持。请在 iPhone“设置 > 相机 > 格式”中选择“兼容性最佳”，或先转换为 JPEG 再上传。',
    en: '"{name}" is an iPhone HEIC photo, which is not supported. Choose Settings > Camera > Formats > Most Compatible on the iPhone, or convert it to JPEG first.',
  },
  'attachments.webp': {
    'zh-CN': '“{name}”是 WebP 图片，Word 无法嵌入。请先转换为 PNG 或 JPEG。',
    en: '"{name}" is a WebP image, which Word cannot embed. Convert it to PNG or JPEG first.',
  },
  'attachments.empty': { 'zh-CN': '文件“{name}”是空的。', en: 'The file "{name}" is empty.' },
  'attachments.noThumbnail': { 'zh-CN': '该附件没有缩略图。', en: 'This attachment has no thumbnail.' },
} satisfies Record<string, Record<Locale, string>>;
