import type { DocumentStatus, DocumentType } from '../documents/types';
import type { Language } from '../editor/structure';

/** The register export's sheet, headings and labels in the workbook's language. */
export const REGISTER_LABELS: Record<
  Language,
  { sheet: string; file: string; columns: string[]; types: Record<DocumentType, string>; statuses: Record<DocumentStatus, string> }
> = {
  'zh-CN': {
    sheet: '受控文件清单',
    file: '受控文件清单',
    columns: ['文件编号', '文件名称', '类型', '部门', '负责人', '版本', '状态', '生效日期', '下次复审'],
    types: { manual: '质量手册', regulation: '管理制度', procedure: '程序文件', work_instruction: '作业指导书', form: '表单', external: '外来文件' },
    statuses: { draft: '草稿', effective: '生效', obsolete: '作废' },
  },
  en: {
    sheet: 'Document register',
    file: 'Document register',
    columns: ['Number', 'Title', 'Type', 'Department', 'Owner', 'Version', 'Status', 'Effective date', 'Next review'],
    types: { manual: 'Quality manual', regulation: 'Regulation', procedure: 'Procedure', work_instruction: 'Work instruction', form: 'Form', external: 'External document' },
    statuses: { draft: 'Draft', effective: 'Effective', obsolete: 'Obsolete' },
  },
};
