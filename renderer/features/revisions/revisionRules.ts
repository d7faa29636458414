import type { QmsDocument } from '../../../shared/documents/contract';
import type { RevisionSummary } from '../../../shared/revisions/contract';
import type { Settings } from '../../../shared/settings/contract';
import type { User } from '../../../shared/users/contract';
import { can } from '../../api/permissions';

export interface RevisionAbilities {
  edit: boolean;
  submit: boolean;
  discard: boolean;
  /** May sign at all (reviewed, or approved when `approve`). */
  sign: boolean;
  approve: boolean;
  reject: boolean;
}

/**
 * What the signed-in person may do with a revision, mirroring the backend: editors change drafts; quality
 * managers and the document's named approvers sign or reject revisions in review; an author approves their
 * own revision only when the organisation allows it.
 */
export function revisionAbilities(revision: RevisionSummary, doc: QmsDocument, user: User, settings: Settings): RevisionAbilities {
  const draft = revision.status === 'draft' && doc.status !== 'obsolete';
  const inReview = revision.status === 'in_review';
  const approver = user.role === 'quality_manager' || doc.approverIds.includes(user.id);
  const sign = inReview && approver && can('revisions.sign', user.role);
  return {
    edit: draft && can('revisions.save', user.role),
    submit: draft && can('revisions.submit', user.role),
    discard: draft && can('revisions.discard', user.role),
    sign,
    approve: sign && (revision.authorId !== user.id || settings.allowSelfApproval),
    reject: inReview && approver && can('revisions.reject', user.role),
  };
}

/** Whether a new draft may be started: nothing in progress, and the document still in force. */
export function mayStartDraft(revisions: readonly RevisionSummary[], doc: QmsDocument, user: User): boolean {
  const open = revisions.some((r) => r.status === 'draft' || r.status === 'in_review' || r.status === 'approved');
  return !open && doc.status !== 'obsolete' && can('revisions.startDraft', user.role);
}
