import type { approvalZhCN } from './approval.zh-CN';

export const approvalEn: typeof approvalZhCN = {
  approval: {
    statusByApproval:
      'Status, version and effective date are earned only through an approved revision (or a version in force registered by a quality manager); they cannot be set by hand.',
    pending: 'Pending: revision {{label}} takes effect on {{date}}',
    route: {
      title: 'Approval route',
      author: 'Authored',
      authorWho: 'the author signs on submission',
      any: 'any one signs',
      all: 'countersign: all sign',
      documentApprovers: 'quality managers or named approvers',
      role: 'any {{role}}',
      done: 'Signed',
      current: 'Awaiting signature',
      waiting: 'Not yet',
      notSubmitted: 'Once submitted, it follows this route:',
      source: { document: "this document's own route", type: 'the route set for its type', default: 'the default route' },
      round: 'round {{round}}',
      missing: 'Still to sign: {{names}}',
    },
    signatures: {
      fingerprint: 'Content fingerprint',
      fingerprintHelp:
        'The SHA-256 digest of the revision as signed. Changing a single character gives a completely different fingerprint, so it proves that this very content was signed. Full fingerprint: {{hash}}',
      voided: { returned: 'void (returned)', withdrawn: 'void (withdrawn)', discarded: 'void (draft discarded)' },
    },
    sign: {
      step: 'Signing step {{step}}: {{meaning}}',
      done: 'Signed: {{meaning}}.',
    },
    submit: {
      password: 'Your password, to sign as author',
      passwordHelp: 'Submitting signs "Authored"; the signature is bound to the current content.',
    },
    withdraw: {
      button: 'Withdraw',
      title: 'Withdraw revision {{label}}?',
      body: 'Nobody has signed yet. The revision goes back to draft and your authoring signature becomes void (it stays on record).',
      ok: 'Withdraw',
      done: 'Revision {{label}} is a draft again.',
    },
    delete: {
      button: 'Delete',
      title: 'Delete document {{number}}?',
      body: 'This document was never submitted for approval, so it may be deleted with its drafts; the audit trail keeps the record. This cannot be undone.',
      ok: 'Delete',
      done: 'Document {{number}} deleted.',
    },
    inbox: {
      title: 'Awaiting me',
      empty: 'Nothing is waiting for you.',
      kinds: { sign: 'To sign', revise: 'To revise' },
      signLine: '{{meaning}}: {{number}} {{title}} (revision {{label}})',
      reviseLine: 'Returned: {{number}} {{title}} (revision {{label}})',
      since: 'since {{date}}',
    },
    cards: { inReview: 'In review', pending: 'Pending' },
  },
};
