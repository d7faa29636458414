import type { DocumentType } from '../../../shared/documents/types';

/**
 * The type a title names: 手册 → manual, 程序 → procedure, 作业指导书 / 指导书 / 规程 → work instruction,
 * 表 / 记录 at its end → form; anything else (制度, 办法, 规定 …) is a regulation.
 */
export function detectDocumentType(title: string): DocumentType {
  const t = title.trim();
  if (/手册|manual/i.test(t)) return 'manual';
  if (/作业指导书|指导书|操作规程|work instruction/i.test(t)) return 'work_instruction';
  if (/程序|procedure/i.test(t)) return 'procedure';
  if (/(表|表格|记录表|登记簿|form)$/i.test(t)) return 'form';
  return 'regulation';
}
