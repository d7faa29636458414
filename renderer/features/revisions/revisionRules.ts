import type { QmsDocument } from '../../../shared/documents/contract';
import type { RevisionSummary } from '../../../shared/revisions/contract';
import type { User } from '../../../shared/users/contract';
import { can } from '../../api/permissions';

export interface RevisionAbilities {
  edit: boolean;
  submit: boolean;
  discard: boolean;
  /** Sign the route's current step, return it (退回), or withdraw it (撤回): as the server says for this person. */
  sign: boolean;
  reject: boolean;
  withdraw: boolean;
}

/**
 * What the signed-in person may do with a revision: editors change drafts; signing, returning and
 * withdrawing follow the revision's route and come from the server (`revision.may`), which enforces them.
 */
export function revisionAbilities(revision: RevisionSummary, doc: QmsDocument, user: User): RevisionAbilities {
  const draft = revision.status === 'draft' && doc.status !== 'obsolete';
  return {
    edit: draft && can('revisions.save', user.role),
    submit: draft && can('revisions.submit', user.role),
    discard: draft && can('revisions.discard', user.role),
    sign: revision.may.sign,
    reject: revision.may.return,
    withdraw: revision.may.withdraw,
  };
}

/** Whether a new draft may be started: nothing in progress, and the document still in force. */
export function mayStartDraft(revisions: readonly RevisionSummary[], doc: QmsDocument, user: User): boolean {
  const open = revisions.some((r) => r.status === 'draft' || r.status === 'in_review' || r.status === 'approved');
  return !open && doc.status !== 'obsolete' && can('revisions.startDraft', user.role);
}
