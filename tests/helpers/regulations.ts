import type { Client } from './backend';
import { PASSWORD } from './backend';

/** A regulation made effective the real way: a draft from the template, submitted by the author, approved by the quality manager. */
export async function effectiveRegulation(qm: Client, author: Client, title = '服务质量管理制度') {
  const doc = await qm.call('documents.create', { title, type: 'regulation' });
  const draft = await author.call('revisions.startDraft', { documentId: doc.id, templateId: 'service-quality-regulation' });
  const submitted = await author.call('revisions.submit', { id: draft.id, version: draft.version, changeReason: '首次发布', effectiveDate: null, password: PASSWORD });
  const signed = await qm.call('revisions.sign', { id: submitted.id, version: submitted.version, password: PASSWORD, contentHash: submitted.contentHash });
  return { doc, revision: signed };
}
