import type { MigrationStep } from './index';

/** The single-step model of 0002 as a route: quality managers or the document's named approvers approve. */
const DEFAULT_ROUTE = JSON.stringify([{ meaning: 'approved', mode: 'any', assignees: [{ kind: 'documentApprovers' }] }]);

interface Doc {
  id: string;
  number: string;
  status: string;
  version_label: string;
  effective_date: string | null;
  next_review_date: string | null;
}

/**
 * Brings hand-set register statuses in line with revisions (frozen in time: raw SQL only):
 * a document is effective only while it has an effective revision, `in_review` is no longer a document
 * status, obsolete documents have no next review date, and revisions in review go on under the default route.
 */
export const approvalRoutesStep: MigrationStep = (sqlite, report) => {
  const docs = sqlite.prepare('SELECT id, number, status, version_label, effective_date, next_review_date FROM documents').all() as Doc[];
  const effectiveOf = sqlite.prepare("SELECT label, effective_date FROM revisions WHERE document_id = ? AND status = 'effective'");
  const update = sqlite.prepare(
    'UPDATE documents SET status = ?, version_label = ?, effective_date = ?, next_review_date = ?, version = version + 1 WHERE id = ?',
  );
  for (const d of docs) {
    const rev = effectiveOf.get(d.id) as { label: string; effective_date: string | null } | undefined;
    let after: Pick<Doc, 'status' | 'version_label' | 'effective_date' | 'next_review_date'>;
    let message: string;
    if (d.status === 'obsolete') {
      if (d.next_review_date === null) continue;
      after = { ...d, next_review_date: null };
      message = `${d.number}：已作废，不再安排定期评审（原下次评审日期 ${d.next_review_date}）`;
    } else if (rev) {
      if (d.status === 'effective' && d.version_label === rev.label && d.effective_date === rev.effective_date) continue;
      after = { ...d, status: 'effective', version_label: rev.label, effective_date: rev.effective_date };
      message = `${d.number}：状态、版本和生效日期改为与生效修订 ${rev.label} 一致`;
    } else {
      if (d.status === 'draft') continue;
      after = { ...d, status: 'draft', effective_date: null };
      message =
        d.status === 'effective'
          ? `${d.number}：手工设为“生效”但没有经审批生效的修订，改为“草稿”；如该版本确已在用，请由质量经理“登记现行版本”`
          : `${d.number}：“审核中”是修订的状态而非文件的状态，文件改为“草稿”`;
    }
    update.run(after.status, after.version_label, after.effective_date, after.next_review_date, d.id);
    report({
      entity: 'document',
      entityId: d.id,
      message,
      details: {
        before: { status: d.status, versionLabel: d.version_label, effectiveDate: d.effective_date, nextReviewDate: d.next_review_date },
        after: { status: after.status, versionLabel: after.version_label, effectiveDate: after.effective_date, nextReviewDate: after.next_review_date },
      },
    });
  }
  const inReview = sqlite.prepare("SELECT r.id, r.label, d.number FROM revisions r JOIN documents d ON d.id = r.document_id WHERE r.status IN ('in_review', 'approved')").all() as {
    id: string;
    label: string;
    number: string;
  }[];
  const setRoute = sqlite.prepare('UPDATE revisions SET route = ?, round = 1 WHERE id = ?');
  for (const r of inReview) {
    setRoute.run(DEFAULT_ROUTE, r.id);
    report({ entity: 'revision', entityId: r.id, message: `${r.number} 修订 ${r.label}：按默认审批路线（质量经理或指定审批人批准）继续审批`, details: { route: JSON.parse(DEFAULT_ROUTE) } });
  }
};
