import type { Locale } from '../api/envelope';
import type { CapaSource, FishboneCategory } from './contract';
import type { CapaState } from './lifecycle';

/** Names for exports made without the renderer (the register .xlsx, the CLI, the Word report). */
type L = Record<Locale, string>;
export const SOURCE_LABELS: Record<CapaSource, L> = {
  audit_finding: { 'zh-CN': '内审发现', en: 'Audit finding' },
  complaint: { 'zh-CN': '客户投诉', en: 'Complaint' },
  objective: { 'zh-CN': '目标未达成', en: 'Objective missed' },
  management_review: { 'zh-CN': '管理评审', en: 'Management review' },
  inspection: { 'zh-CN': '检查', en: 'Inspection' },
  external_audit: { 'zh-CN': '外部审核', en: 'External audit' },
  other: { 'zh-CN': '其他', en: 'Other' },
};
export const SEVERITY_LABELS: Record<'minor' | 'major' | 'critical', L> = {
  minor: { 'zh-CN': '一般', en: 'Minor' },
  major: { 'zh-CN': '严重', en: 'Major' },
  critical: { 'zh-CN': '重大', en: 'Critical' },
};
export const STATE_LABELS: Record<CapaState, L> = {
  open: { 'zh-CN': '待分析', en: 'Open' },
  analysing: { 'zh-CN': '原因分析', en: 'Analysing' },
  acting: { 'zh-CN': '措施实施', en: 'Acting' },
  verifying: { 'zh-CN': '待验证', en: 'Verifying' },
  verified: { 'zh-CN': '验证有效', en: 'Verified' },
  closed: { 'zh-CN': '已关闭', en: 'Closed' },
  cancelled: { 'zh-CN': '已取消', en: 'Cancelled' },
};
/** 人/机/料/法/环/测 */
export const CATEGORY_LABELS: Record<FishboneCategory, L> = {
  people: { 'zh-CN': '人', en: 'People' },
  equipment: { 'zh-CN': '机', en: 'Equipment' },
  materials: { 'zh-CN': '料', en: 'Materials' },
  methods: { 'zh-CN': '法', en: 'Methods' },
  environment: { 'zh-CN': '环', en: 'Environment' },
  measurement: { 'zh-CN': '测', en: 'Measurement' },
};
export const REGISTER_COLUMNS: L[] = [
  { 'zh-CN': '编号', en: 'Number' },
  { 'zh-CN': '标题', en: 'Title' },
  { 'zh-CN': '来源', en: 'Source' },
  { 'zh-CN': '来源引用', en: 'Source reference' },
  { 'zh-CN': '单位', en: 'Unit' },
  { 'zh-CN': '责任人', en: 'Owner' },
  { 'zh-CN': '严重程度', en: 'Severity' },
  { 'zh-CN': '状态', en: 'Status' },
  { 'zh-CN': '提出日期', en: 'Raised' },
  { 'zh-CN': '完成期限', en: 'Due' },
  { 'zh-CN': '逾期', en: 'Overdue' },
  { 'zh-CN': '未完成措施', en: 'Open actions' },
];
