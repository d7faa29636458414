import { z } from 'zod';

/** quality_manager administers; executive only reads. */
export const ROLES = ['quality_manager', 'author', 'auditor', 'executive'] as const;
export type Role = (typeof ROLES)[number];
export const roleSchema = z.enum(ROLES);

export const ALL_ROLES: readonly Role[] = ROLES;
export const EDITORS: readonly Role[] = ['quality_manager', 'author'];
export const MANAGERS: readonly Role[] = ['quality_manager'];

export const ROLE_LABELS: Record<Role, Record<'zh-CN' | 'en', string>> = {
  quality_manager: { 'zh-CN': '质量经理', en: 'Quality manager' },
  author: { 'zh-CN': '编写人', en: 'Author' },
  auditor: { 'zh-CN': '内审员', en: 'Auditor' },
  executive: { 'zh-CN': '管理层（只读）', en: 'Executive (read-only)' },
};
