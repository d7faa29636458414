import { z } from 'zod';
import { idSchema, method, text } from '../api/common';
import { ALL_ROLES, EDITORS } from '../auth/roles';
import { numberSchema } from '../documents/contract';
import { documentTypeSchema } from '../documents/types';
import { jobStartedSchema } from '../jobs/contract';
import { WORD_FONT_CHOICES } from './style';
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
  /** How many chapters, articles and clauses took their label from Word's own list numbering (numbering.xml). */
  listNumbered: z.object({ chapter: z.number().int(), article: z.number().int(), clause: z.number().int() }),
  /** Chapters and articles whose number changed so they count on through the document (e.g. restarted per chapter). */
  renumbered: z.array(z.object({ from: z.string(), to: z.string() })),
});
export type ImportReport = z.infer<typeof importReportSchema>;

export const wordExportInputSchema = z.object({
  revisionId: idSchema,
  style: z.enum(WORD_STYLES).default('standard'),
  /** 仿宋 / 宋体 (installed on every Windows PC) or 仿宋_GB2312 / 方正小标宋简体 (official style only). */
  fonts: z.enum(WORD_FONT_CHOICES).default('installed'),
  /** 受控 or 非受控 copy; without it, controlled for an effective revision and uncontrolled otherwise. */
  controlled: z.boolean().optional(),
  /** 发放号 of a controlled copy. */
  copyNumber: z.string().trim().min(1).max(40).optional(),
  /** A quality manual only: append the effective 质量职能分配表 as a landscape appendix. */
  appendMatrix: z.boolean().default(false),
});

export const wordExportOutputSchema = z.object({
  fileName: z.string(),
  base64: z.string(),
  /** Where the TOC's page numbers came from: kept from the layout pass, worked out now, or none (drafts). */
  pageNumbers: z.enum(['stored', 'computed', 'none']),
  /** Whether the export was recorded as a distribution (发放记录) of a controlled copy. */
  distributed: z.boolean(),
});

export const wordImportInputSchema = z.object({
  fileName: text(255),
  base64,
  /** Import as a new draft of this document; without it a new document is created. */
  documentId: idSchema.optional(),
  number: numberSchema.optional(),
  title: text(200).optional(),
  /** Without it, the type is read from the title (手册, 程序, 作业指导书, 表), else a regulation. */
  type: documentTypeSchema.optional(),
  /** When no documentId is given and a document in use has the same title: ask (CONFLICT word.titleExists) or create a new one. */
  onTitleMatch: z.enum(TITLE_MATCH_CHOICES).default('new'),
});
export const wordImportOutputSchema = z.object({ documentId: idSchema, revisionId: idSchema, report: importReportSchema });

export const wordMethods = {
  'word.export': method({ input: wordExportInputSchema, output: wordExportOutputSchema, roles: ALL_ROLES, mutates: true }),
  /** The same as word.export, as a job with progress (the layout pass takes seconds). */
  'word.exportStart': method({ input: wordExportInputSchema, output: jobStartedSchema, roles: ALL_ROLES, mutates: true }),
  'word.import': method({ input: wordImportInputSchema, output: wordImportOutputSchema, roles: EDITORS, mutates: true }),
  'word.importStart': method({ input: wordImportInputSchema, output: jobStartedSchema, roles: EDITORS, mutates: true }),
};
