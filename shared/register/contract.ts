import { z } from 'zod';
import { method } from '../api/common';
import { ALL_ROLES } from '../auth/roles';
import { documentsMethods } from '../documents/contract';
import { languageSchema } from '../editor/language';

/** More rows than any register holds; the export refuses nothing, it is only a guard. */
export const REGISTER_EXPORT_MAX_ROWS = 50_000;

const listInput = documentsMethods['documents.list'].input;

export const registerMethods = {
  /** The register as .xlsx, with the same filter and order as the list on screen, every page. */
  'register.exportXlsx': method({
    input: listInput.omit({ page: true, pageSize: true }).extend({ language: languageSchema.default('zh-CN') }),
    output: z.object({ fileName: z.string(), base64: z.string(), rows: z.number().int() }),
    roles: ALL_ROLES,
    mutates: false,
  }),
};
