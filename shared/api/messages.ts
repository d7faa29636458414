import { SIGNATURE_MESSAGES } from '../signatures/messages';
import { attachmentMessages } from '../attachments/messages';
import { SECURITY_MESSAGES } from '../security/messages';
import { titleMatchMessages } from '../word/title-match';
import { JOB_MESSAGES } from '../jobs/messages';
import { WORD_MESSAGES } from '../word/messages';
import { departmentMessages } from '../departments/messages';
import { orgMessages } from '../org/messages';
import { lifecycleMessages } from '../lifecycle/messages';
import { KIT_MESSAGES } from '../kit/messages';
import { checklistMessages } from '../audits/checklist-messages';
import { auditCoreMessages } from '../audits/messages';
import { scopeMessages } from '../scope/messages';
import { matrixMessages } from '../matrix/messages';
import { capaMessages } from '../capa/messages';
import { riskMessages } from '../risks/messages';
import { readingMessages } from '../reading/messages';
import { trainingMessages } from '../training/messages';
import type { ErrorCode, Locale } from './envelope';

/** Error messages shown to people, in both languages; `{name}` is filled from params. */
const MESSAGES = {
  ...capaMessages,
  ...riskMessages,
  ...JOB_MESSAGES,
  ...WORD_MESSAGES,
  ...KIT_MESSAGES,
  VALIDATION: { 'zh-CN': '输入有误，请检查后重试。', en: 'The input is not valid. Please check it and try again.' },
  UNAUTHENTICATED: { 'zh-CN': '请先登录。', en: 'Please sign in first.' },
  FORBIDDEN: { 'zh-CN': '您的角色无权执行此操作。', en: 'Your role is not allowed to do this.' },
  NOT_FOUND: { 'zh-CN': '找不到该记录，可能已被删除。', en: 'The record was not found; it may have been deleted.' },
  CONFLICT: { 'zh-CN': '操作与现有数据冲突。', en: 'This conflicts with existing data.' },
  INTERNAL: { 'zh-CN': '系统内部错误，数据未被修改。', en: 'Internal error; nothing was changed.' },
  'validation.fields': { 'zh-CN': '输入有误：{fields}', en: 'Invalid input: {fields}' },
  'validation.unknownMethod': { 'zh-CN': '不存在的接口：{method}', en: 'Unknown method: {method}' },
  'auth.badCredentials': { 'zh-CN': '用户名或密码错误。', en: 'Wrong user name or password.' },
  'auth.wrongPassword': { 'zh-CN': '当前密码不正确。', en: 'The current password is wrong.' },
  'auth.alreadySetUp': { 'zh-CN': '系统已完成初始设置。', en: 'The system has already been set up.' },
  'auth.notSetUp': { 'zh-CN': '系统尚未初始化，请先创建质量经理账户。', en: 'The system is not set up yet; create the quality manager account first.' },
  'auth.sessionExpired': { 'zh-CN': '登录已过期，请重新登录。', en: 'Your session has expired; please sign in again.' },
  'auth.role': { 'zh-CN': '此操作需要以下角色之一：{roles}。', en: 'This needs one of these roles: {roles}.' },
  'users.nameTaken': { 'zh-CN': '用户名“{username}”已被使用。', en: 'The user name "{username}" is taken.' },
  'users.lastManager': { 'zh-CN': '至少需要保留一名在用的质量经理。', en: 'At least one active quality manager must remain.' },
  'users.self': { 'zh-CN': '不能停用或降级自己的账户。', en: 'You cannot deactivate or demote your own account.' },
  'documents.numberTaken': { 'zh-CN': '文件编号“{number}”已存在。', en: 'The document number "{number}" already exists.' },
  'documents.obsolete': { 'zh-CN': '文件已作废，不能再修改。', en: 'The document is obsolete and can no longer be changed.' },
  'documents.pattern': { 'zh-CN': '编号规则必须包含 {seq}。', en: 'The numbering pattern must contain {seq}.' },
  'db.full': { 'zh-CN': '磁盘空间不足，更改未保存。', en: 'The disk is full; the change was not saved.' },
  'db.busy': { 'zh-CN': '数据库正被其他程序占用，请稍后重试。', en: 'The database is busy in another program; try again shortly.' },
  'http.tooLarge': { 'zh-CN': '请求内容过大（上限 {limit}）。', en: 'The request is too large (limit {limit}).' },
  'http.badJson': { 'zh-CN': '请求内容不是有效的 JSON。', en: 'The request body is not valid JSON.' },
  'http.token': { 'zh-CN': '访问令牌缺失或错误，请使用启动时打印的地址打开。', en: 'Missing or wrong access token; open the address the host printed at start.' },
  'http.origin': { 'zh-CN': '拒绝来自其他站点的请求。', en: 'Requests from other sites are refused.' },
  'documents.controlled': {
    'zh-CN': '该文件已受控：状态、版本和生效日期由修订的审批决定，不能手工修改。',
    en: 'This document is controlled: its status, version and effective date follow approved revisions and cannot be set by hand.',
  },
  'revisions.openExists': {
    'zh-CN': '该文件已有一份进行中的修订（草稿、审核中或已批准），请先完成或放弃它。',
    en: 'This document already has a revision in progress (draft, in review or approved); finish or discard it first.',
  },
  'revisions.notDraft': { 'zh-CN': '只有草稿可以修改；已提交或已签署的修订内容不能再改。', en: 'Only drafts can be changed; submitted or signed revisions are locked.' },
  'revisions.notInReview': { 'zh-CN': '该修订不在审核中。', en: 'This revision is not in review.' },
  'revisions.editedElsewhere': {
    'zh-CN': '此草稿已在其他窗口或由他人保存过。为免覆盖，您的更改未保存；请复制您的内容后重新打开。',
    en: 'This draft was saved from another window or by someone else. To avoid overwriting it, your change was not saved; copy your text and reopen the draft.',
  },
  'revisions.selfApproval': { 'zh-CN': '编写人不能批准自己的修订。', en: 'Authors cannot approve their own revisions.' },
  'revisions.notApprover': { 'zh-CN': '只有质量经理或该文件指定的审批人可以签署。', en: 'Only quality managers or the approvers named on the document may sign.' },
  'revisions.unpublished': { 'zh-CN': '您的角色只能查阅已生效的修订。', en: 'Your role may read effective revisions only.' },
  'revisions.contentInvalid': { 'zh-CN': '文档内容无效：{reason}', en: 'The document content is not valid: {reason}' },
  'revisions.imagesTooLarge': { 'zh-CN': '文档中的图片合计过大（上限 {limit}），请压缩或删除部分图片。', en: 'The images in this document are too large in total (limit {limit}); shrink or remove some.' },
  'revisions.imageTooLarge': { 'zh-CN': '图片过大（上限 {limit}）。', en: 'An image is too large (limit {limit}).' },
  'word.notWord': { 'zh-CN': '该文件不是有效的 Word 文档（.docx），未导入任何内容。', en: 'The file is not a valid Word document (.docx); nothing was imported.' },
  'record.stale': { 'zh-CN': '该记录已被他人修改，请刷新后再试。', en: 'Someone else changed this record; reload it and try again.' },
  'db.newer': {
    'zh-CN': '数据库由更新版本的软件创建（结构版本 {found}，本软件支持到 {known}）。请升级软件；数据库未作任何改动。',
    en: 'The database was written by a newer version of the app (schema {found}; this app knows up to {known}). Please upgrade; the file was left untouched.',
  },
  'db.notDatabase': { 'zh-CN': '“{file}”不是本系统的数据库文件，文件未被改动。', en: '"{file}" is not a database of this app; the file was left untouched.' },
  'db.corrupt': { 'zh-CN': '数据库“{file}”已损坏（{reason}），文件未被改动。请从备份恢复。', en: 'The database "{file}" is damaged ({reason}); the file was left untouched. Restore it from a backup.' },
  'db.migrationFailed': { 'zh-CN': '数据库升级失败（{reason}），已回滚，备份位于 {backup}。', en: 'The database upgrade failed ({reason}) and was rolled back; a backup is at {backup}.' },
  ...SIGNATURE_MESSAGES,
  ...attachmentMessages,
  ...SECURITY_MESSAGES,
  ...titleMatchMessages,
  ...departmentMessages,
  ...orgMessages,
  ...lifecycleMessages,
  ...checklistMessages,
  ...auditCoreMessages,
  ...scopeMessages,
  ...matrixMessages,
  ...readingMessages,
  ...trainingMessages,
} satisfies Record<string, Record<Locale, string>>;

export type MessageKey = keyof typeof MESSAGES;

export function message(key: MessageKey | ErrorCode, locale: Locale, params: Record<string, unknown> = {}): string {
  return MESSAGES[key][locale].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
