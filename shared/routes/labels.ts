import type { SignatureMeaning } from '../signatures/contract';

/** Names of signature meanings and route steps, used by error messages and the UI. */
export const STEP_LABELS: Record<SignatureMeaning, Record<'zh-CN' | 'en', string>> = {
  authored: { 'zh-CN': '编制', en: 'Authored' },
  reviewed: { 'zh-CN': '审核', en: 'Reviewed' },
  countersigned: { 'zh-CN': '会签', en: 'Countersigned' },
  approved: { 'zh-CN': '批准', en: 'Approved' },
  registered: { 'zh-CN': '登记', en: 'Registered' },
  verified: { 'zh-CN': '验证', en: 'Verified' },
  chaired: { 'zh-CN': '主持', en: 'Chaired' },
};
