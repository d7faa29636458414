import { z } from 'zod';

/** The language a document is written in: it decides numbering style, fonts and captions on export. */
export const languageSchema = z.enum(['zh-CN', 'en']);
