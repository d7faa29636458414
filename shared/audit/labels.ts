import type { Locale } from '../api/envelope';

/** Names of record kinds and trail actions, for exports made without the renderer (the .xlsx of the log). */
export const ENTITY_LABELS: Record<string, Record<Locale, string>> = {
  user: { 'zh-CN': '用户', en: 'User' },
  department: { 'zh-CN': '部门', en: 'Department' },
  document: { 'zh-CN': '文件', en: 'Document' },
  revision: { 'zh-CN': '修订', en: 'Revision' },
  settings: { 'zh-CN': '设置', en: 'Settings' },
  capa: { 'zh-CN': '纠正措施', en: 'Corrective action' },
  action: { 'zh-CN': '措施', en: 'Action' },
  risk: { 'zh-CN': '风险', en: 'Risk' },
  contextItem: { 'zh-CN': '组织环境', en: 'Context' },
};

export const ACTION_LABELS: Record<string, Record<Locale, string>> = {
  create: { 'zh-CN': '创建', en: 'created' },
  update: { 'zh-CN': '修改', en: 'changed' },
  markObsolete: { 'zh-CN': '作废', en: 'marked obsolete' },
  delete: { 'zh-CN': '删除', en: 'deleted' },
  setup: { 'zh-CN': '完成初始设置', en: 'completed the set-up' },
  signIn: { 'zh-CN': '登录', en: 'signed in' },
  signOut: { 'zh-CN': '退出登录', en: 'signed out' },
  changePassword: { 'zh-CN': '修改密码', en: 'changed the password' },
  resetPassword: { 'zh-CN': '重置密码', en: 'reset the password' },
  passwordFailed: { 'zh-CN': '输错密码', en: 'gave a wrong password' },
  locked: { 'zh-CN': '账户被锁定', en: 'was locked out' },
  unlock: { 'zh-CN': '解锁账户', en: 'unlocked the account' },
  startDraft: { 'zh-CN': '新建修订', en: 'started a revision' },
  save: { 'zh-CN': '保存修订', en: 'saved the revision' },
  submit: { 'zh-CN': '提交审批', en: 'submitted for approval' },
  sign: { 'zh-CN': '签署', en: 'signed' },
  reject: { 'zh-CN': '退回', en: 'returned' },
  discard: { 'zh-CN': '放弃草稿', en: 'discarded the draft' },
  supersede: { 'zh-CN': '被新版本取代', en: 'marked superseded' },
  takeEffect: { 'zh-CN': '生效', en: 'made it effective' },
  backup: { 'zh-CN': '备份数据库', en: 'backed up the database' },
  scope: { 'zh-CN': '修改适用范围', en: 'changed who it applies to' },
  confirm: { 'zh-CN': '确认阅知', en: 'confirmed reading' },
  recordPaper: { 'zh-CN': '登记纸质签收', en: 'recorded a paper sign-off' },
};

export const labelOf = (labels: Record<string, Record<Locale, string>>, key: string, locale: Locale) => labels[key]?.[locale] ?? key;
