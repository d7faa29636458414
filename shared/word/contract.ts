import { z } from 'zod';
import { idSchema, method, text } from '../api/common';
import { ALL_ROLES, EDITORS } from '../auth/roles';
import { numberSchema } from '../documents/contract';
import { documentTypeSchema } from '../documents/types';
import { TITLE_MATCH_CHOICES } from './title-match';

/** A .docx travels base64-encoded inside the JSON envelope. */
export const MAX_WORD_BYTES = 20 * 1024 * 1024;
const base64 = z.string().max(Math.ceil((MAX_WORD_BYTES * 4) / 3) + 4).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');

export const WORD_STYLES = ['standard', 'official'] as const;

export const importReportSchema = z.object({
  chapters: z.number().int(),
  articles: z.number().int(),
  tables: z.number().int(),
  images: z.number().int(),
  /** What could not be kept, in the words of the converter (e.g. unsupported styles, text boxes). */
  lost: z.array(z.string()),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const wordMethods = {
  'word.export': method({
    input: z.object({ revisionId: idSchema, style: z.enum(WORD_STYLES).default('standard') }),
    output: z.object({ fileName: z.string(), base64: z.string() }),
    roles: ALL_ROLES,
    mutates: false,
  }),
  'word.import': method({
    input: z.object({
      fileName: text(255),
      base64,
      /** Import as a new draft of this document; without it a new document is created. */
      documentId: idSchema.optional(),
      number: numberSchema.optional(),
      title: text(200).optional(),
      type: documentTypeSchema.default('regulation'),
      /** When no documentId is given and a document in use has the same title: ask (CONFLICT word.titleExists) or create a new one. */
      onTitleMatch: z.enum(TITLE_MATCH_CHOICES).default('new'),
    }),
    output: z.object({ documentId: idSchema, revisionId: idSchema, report: importReportSchema }),
    roles: EDITORS,
    mutates: true,
  }),
};
