import type { Locale } from '../api/envelope';

/** Errors of approval routes, signatures and the document register's second pass. */
export const SIGNATURE_MESSAGES = {
  'signatures.wrongPassword': { 'zh-CN': '密码不正确，未签署。', en: 'Wrong password; nothing was signed.' },
  'signatures.notYourStep': {
    'zh-CN': '当前审批步骤“{step}”不需要您签署。',
    en: 'The current approval step "{step}" does not need your signature.',
  },
  'signatures.outOfOrder': {
    'zh-CN': '不能越级签署：当前应签署的是第 {current} 步“{step}”。',
    en: 'Steps are signed in order: the current one is step {current}, "{step}".',
  },
  'signatures.twice': { 'zh-CN': '您已签署过此步骤，不能重复签署。', en: 'You have already signed this step.' },
  'signatures.forSomeoneElse': { 'zh-CN': '只能以本人身份签署，不能代他人签名。', en: 'You can sign only as yourself, never for someone else.' },
  'signatures.contentChanged': {
    'zh-CN': '修订内容已变化（内容指纹不一致），签名无效。请重新打开后再签署。',
    en: 'The revision changed since you opened it (the content fingerprint differs); reopen it before signing.',
  },
  'signatures.countersignPending': {
    'zh-CN': '会签尚未完成：还需 {names} 签署。',
    en: 'The countersign step is not complete: {names} still need to sign.',
  },
  'signatures.selfSign': {
    'zh-CN': '编制人不能签署自己修订的后续步骤。',
    en: 'The author may not sign a later step of their own revision.',
  },
  'signatures.alreadySigned': { 'zh-CN': '已有人签署，不能撤回；请联系当前审批人退回。', en: 'Someone has already signed; ask the current signer to return it instead.' },
  'signatures.notAuthor': { 'zh-CN': '只有编制人可以撤回自己的提交。', en: 'Only the author can withdraw their submission.' },
  'routes.inactiveSigner': { 'zh-CN': '审批路线中的“{name}”已停用，不能作为签署人。', en: '"{name}" in the approval route is deactivated and cannot sign.' },
  'routes.onlyAuthorCanSign': {
    'zh-CN': '审批路线第 {step} 步（{name}）只有本文件的编制人可以签署，而系统不允许审批自己编制的文件：请先调整审批路线，或增加可签署此步骤的人员。',
    en: 'Step {step} ({name}) of the approval route could only be signed by the document’s author, and approving one’s own document is not allowed: change the route first, or add someone who may sign this step.',
  },
  'routes.noSigner': {
    'zh-CN': '审批路线第 {step} 步没有可签署的人员，请先设置审批路线。',
    en: 'Step {step} of the approval route has nobody who could sign; set the route first.',
  },
  'documents.notOwner': {
    'zh-CN': '只有质量经理或该文件的负责人可以修改登记信息。',
    en: "Only quality managers or the document's owner may change its register entry.",
  },
  'documents.approversByManager': {
    'zh-CN': '审批人由审批路线决定，只有质量经理可以指定。',
    en: 'Approvers come from the approval route; only quality managers may name them.',
  },
  'documents.notDeletable': {
    'zh-CN': '该文件已提交过审批或已生效，只能作废，不能删除。',
    en: 'This document has been submitted or has taken effect; it can be made obsolete, not deleted.',
  },
  'revisions.fileBody': {
    'zh-CN': '此修订的正文是上传的文件，不能在编辑器中修改；请上传新文件，或移除文件后再编辑。',
    en: "This revision's body is an uploaded file and cannot be edited here; upload another file, or remove it to write text instead.",
  },
  'revisions.registerOnlyNew': {
    'zh-CN': '只能为尚无生效修订、也无进行中修订的文件登记现行版本。',
    en: 'A version in force can be registered only for a document with no effective revision and none in progress.',
  },
} satisfies Record<string, Record<Locale, string>>;
